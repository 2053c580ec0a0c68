using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets status</c>: recent runs, freshness and row counts. Exits 3 when the last run failed or the last ok
/// run is older than <c>--stale-after-hours</c> (or there never was one), so a monitor can call it.
/// </summary>
public sealed class StatusCommand(IAnsiConsole console) : AsyncCommand<StatusSettings>
{
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
        WriteRuns(runs, job);
        WriteTables(tables);
        return Verdict(runs, sinceOk, settings.StaleAfterHours);
    }

    private int Verdict(IReadOnlyList<RecentRun> runs, ulong? sinceOk, int staleAfterHours)
    {
        if (runs.Count > 0 && runs[0].Status != "ok")
        {
            console.MarkupLine("[red]the last run failed[/]");
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
        var table = new Table().Title($"recent runs of {job}").AddColumns("started (Moscow)", "duration", "status", "rows", "message");
        foreach (var run in runs)
        {
            var status = run.Status == "ok" ? "[green]ok[/]" : $"[red]{Markup.Escape(run.Status)}[/]";
            table.AddRow(
                run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{(run.FinishedAt - run.StartedAt).TotalSeconds:F0} s"),
                status,
                run.RowsProcessed.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(run.Message.Length > 80 ? run.Message[..80] + "…" : run.Message));
        }

        console.Write(table);
    }

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
