using System.Globalization;
using Qtickets.Pipeline.Running;
using Qtickets.Pipeline.Time;
using Spectre.Console;

namespace Qtickets.Cli.Infrastructure;

/// <summary>The one-screen summary a run ends with: status, window, fetch mode, rows per dataset, skips, warnings.</summary>
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
                $"{orders.Mode}, {orders.PagesFetched} pages, {orders.RecordsSeen} seen, {orders.RecordsKept} kept, total {orders.ReportedTotal?.ToString(CultureInfo.InvariantCulture) ?? "?"}")));
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
