using System.Globalization;
using Qtickets.Pipeline.Running;
using Qtickets.Api.Time;
using Spectre.Console;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// The one-screen summary a run ends with: status, window, fetch mode, rows per dataset, what was not written and why,
/// records rejected by the data contract, skips, warnings.
/// </summary>
public static class RunSummaryTable
{
    public static void Write(IAnsiConsole console, RunReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"qtickets run · {Markup.Escape(report.Job)}");
        table.AddColumn("item").AddColumn("value");
        table.AddRow("status", Status(report));
        if (report.Plan is { } plan)
        {
            table.AddRow("window (Moscow)", $"{MoscowTime.Format(plan.From)} .. {MoscowTime.Format(plan.To)} ({plan.Reason})");
        }

        table.AddRow("full scan", report.FullScan ? "yes" : "no");
        if (report.Orders is { } orders)
        {
            table.AddRow("orders fetch", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{orders.Mode}, {orders.PagesFetched} pages, {orders.RecordsSeen} records seen, {orders.RecordsKept} in the window, total {orders.ReportedTotal?.ToString(CultureInfo.InvariantCulture) ?? "?"}")));
        }

        if (report.OrdersSkipped.Where(p => !p.Key.StartsWith("rejected: ", StringComparison.Ordinal)).ToList() is { Count: > 0 } notWritten)
        {
            table.AddRow("orders not written", Markup.Escape(string.Join("; ", notWritten.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:N0}")))));
        }

        if (report.OrdersRejected > 0)
        {
            var first = report.Orders?.RejectedFirst.Take(3).Select(r => r.Describe()) ?? [];
            table.AddRow("[red]rejected[/]", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{report.OrdersRejected:N0} order records outside the data contract, not summed: {string.Join("; ", first)}{(report.OrdersRejected > 3 ? "; ..." : string.Empty)}")));
        }

        foreach (var (dataset, rows) in report.Datasets.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(dataset), rows.ToString("N0", CultureInfo.InvariantCulture));
        }

        table.AddRow("days recomputed", report.DaysRecomputed.ToString(CultureInfo.InvariantCulture));
        foreach (var (dataset, reason) in report.Skipped.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            table.AddRow($"[yellow]skipped {Markup.Escape(dataset)}[/]", Markup.Escape(reason));
        }

        if (report.Warnings.Count > 0)
        {
            table.AddRow("[yellow]warnings[/]", report.Warnings.Count.ToString(CultureInfo.InvariantCulture) + (report.Warnings.Count > 5 ? " (the first 5 below, all in the log and meta_job_runs)" : string.Empty));
        }

        foreach (var warning in report.Warnings.Take(5))
        {
            table.AddRow("[yellow]warning[/]", Markup.Escape(warning));
        }

        table.AddRow("duration", string.Create(CultureInfo.InvariantCulture, $"{report.Duration.TotalSeconds:F1} s"));
        console.Write(table);
    }

    private static string Status(RunReport report) => report.Status switch
    {
        RunStatus.Ok => "[green]ok[/]",
        RunStatus.Stub => $"[yellow]stub[/] ({Markup.Escape(report.StubReason ?? string.Empty)}): nothing sent, nothing written",
        _ => $"[red]error[/]: {Markup.Escape(report.Error ?? string.Empty)}",
    };
}
