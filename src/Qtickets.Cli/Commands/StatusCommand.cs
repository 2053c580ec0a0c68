using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Qtickets.Webhooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets status</c>: recent runs, freshness and row counts. Exits 3 when the last run failed, rejected order
/// records (outside the data contract, so missing from the figures), or the last ok run is older than
/// <c>--stale-after-hours</c> (or there never was one), so a monitor can call it.
/// </summary>
public sealed class StatusCommand(IAnsiConsole console) : AsyncCommand<StatusSettings>
{
    /// <summary>Three of the listener's default 5-minute reports missed.</summary>
    private const ulong ListenerSilentAfterSeconds = 15 * 60;

    public override async Task<int> ExecuteAsync(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        var layers = CommandEnvironment.Layers(settings);
        CommandEnvironment.Warn(console, layers);
        var clickHouse = ClickHouseSettingsParser.Parse(layers, "to read the stack's status");
        var job = new SettingsReader(layers).StringOrDefault(Configuration.Settings.JobName, LoaderSettingsParser.DefaultJobName);
        using var session = new ClickHouseSession(ClickHouseConnections.Admin(clickHouse));
        var status = new StackStatus(session.Client, job);
        var runs = await status.RecentRunsAsync(settings.Runs, cancellationToken).ConfigureAwait(false);
        var tables = await status.FreshnessAsync(cancellationToken).ConfigureAwait(false);
        var sinceOk = await status.SecondsSinceLastOkAsync(cancellationToken).ConfigureAwait(false);
        var listener = await status.ListenerAsync(cancellationToken).ConfigureAwait(false);
        WriteRuns(runs, job);
        WriteTables(tables);
        WriteFreshness(job, sinceOk, listener);
        var rejected = runs.Count > 0 && runs[0].Rejected > 0 ? await status.RejectedByLastRunAsync(cancellationToken).ConfigureAwait(false) : [];
        return Verdict(runs, rejected, sinceOk, settings.StaleAfterHours);
    }

    private int Verdict(IReadOnlyList<RecentRun> runs, IReadOnlyList<string> rejected, ulong? sinceOk, int staleAfterHours)
    {
        if (runs.Count > 0 && runs[0].Status != "ok")
        {
            console.MarkupLine("[red]the last run failed[/]");
            return ExitCodes.CheckViolated;
        }

        if (runs.Count > 0 && runs[0].Rejected > 0)
        {
            console.MarkupLineInterpolated($"[red]the last run rejected {runs[0].Rejected} order records[/] (outside the data contract, missing from the figures):");
            foreach (var record in rejected)
            {
                console.MarkupLineInterpolated($"  {record}");
            }

            return ExitCodes.CheckViolated;
        }

        if (sinceOk is not { } age || age > (ulong)staleAfterHours * 3600)
        {
            console.MarkupLineInterpolated($"[red]stale:[/] no ok run in the last {staleAfterHours} h");
            return ExitCodes.CheckViolated;
        }

        console.MarkupLineInterpolated($"[green]healthy[/]: last ok run {age / 60} min ago");
        return ExitCodes.Success;
    }

    private void WriteRuns(IReadOnlyList<RecentRun> runs, string job)
    {
        var table = new Table().Title($"recent runs of {job}").AddColumns("started (Moscow)", "duration", "status", "rows", "rejected", "message");
        foreach (var run in runs)
        {
            var status = run.Status == "ok" ? "[green]ok[/]" : $"[red]{Markup.Escape(run.Status)}[/]";
            table.AddRow(
                run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{(run.FinishedAt - run.StartedAt).TotalSeconds:F0} s"),
                status,
                run.RowsProcessed.ToString("N0", CultureInfo.InvariantCulture),
                run.Rejected == 0 ? "0" : $"[red]{run.Rejected.ToString(CultureInfo.InvariantCulture)}[/]",
                Markup.Escape(run.Message.Length > 80 ? run.Message[..80] + "…" : run.Message));
        }

        console.Write(table);
    }

    /// <summary>
    /// The loader (completeness: its runs reconcile) beside the webhook listener (freshness). The listener is optional,
    /// so it never changes the exit code; a listener silent for three default periods is flagged.
    /// </summary>
    private void WriteFreshness(string job, ulong? sinceOk, ListenerFreshness listener)
    {
        var table = new Table().Title("freshness").AddColumns("source", "job", "last", "detail");
        table.AddRow(
            "loader (timer)",
            Markup.Escape(job),
            sinceOk is { } age ? Minutes(age) + " ago" : "never ok",
            "last ok run: the source of completeness");
        table.AddRow(
            "webhooks (listen)",
            WebhookListenerOptions.JobName,
            listener.LastReport is null ? "no report" : Minutes(listener.AgeSeconds) + " ago",
            Markup.Escape(Describe(listener)));
        console.Write(table);
        if (listener.LastReport is not null && listener.AgeSeconds > ListenerSilentAfterSeconds)
        {
            console.MarkupLineInterpolated($"[yellow]the webhook listener has not reported for {listener.AgeSeconds / 60} min[/]: is `qtickets listen` running?");
        }
    }

    private static string Describe(ListenerFreshness listener)
    {
        if (listener.LastReport is null)
        {
            return "not running, or not deployed";
        }

        var p95 = listener.LatencyP95Ms is { } ms ? string.Create(CultureInfo.InvariantCulture, $"{ms:F0} ms") : "-";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{listener.Received} received, {listener.Applied} applied, {listener.Rejected} rejected, {listener.Refused} refused, p95 {p95}");
    }

    private static string Minutes(ulong seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} min");

    private void WriteTables(IReadOnlyList<TableFreshness> tables)
    {
        var table = new Table().Title("tables").AddColumns("table", "rows", "last write (Moscow)", "age");
        foreach (var t in tables)
        {
            table.AddRow(
                t.Table,
                t.Rows.ToString("N0", CultureInfo.InvariantCulture),
                t.LastWrite?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-",
                t.LastWrite is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{t.AgeSeconds / 60} min"));
        }

        console.Write(table);
    }
}
