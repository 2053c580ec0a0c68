using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Planning;
using Qtickets.Pipeline.Rows;
using Qtickets.Pipeline.Time;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// One loader run (spec sections 4 and 5): plan the window, load events, stream orders through the transform into
/// staging, recompute the touched days while inventory and the optional catalogues load, then one
/// <c>meta_job_runs</c> row.
/// A failure is recorded as an <c>error</c> row when ClickHouse is reachable and rethrown; nothing a failed run
/// wrote needs cleaning: staging replaces by order id and the next run re-reads the window of the last ok run.
/// A <see cref="ConfigurationException"/> (the configured database or table does not exist, the credentials are
/// refused) is thrown as it is, with no row: the first query finds it, before anything was sent or written.
/// </summary>
public sealed partial class LoaderJob(LoaderJobContext context)
{
    private readonly ILogger _logger = context.Logs.CreateLogger("qtickets.loader");

    public async Task<RunReport> RunAsync(CancellationToken cancellationToken)
    {
        var run = new RunAccumulator(context.Settings.Runtime.JobName, context.Time.GetUtcNow());
        if (context.Settings.StubReason is { } reason)
        {
            return Stub(run, reason);
        }

        var clickHouse = context.ClickHouse ?? throw new InvalidOperationException("a real run needs a ClickHouse client");
        var runs = new JobRunStore(clickHouse, context.Settings.Runtime.JobName, context.Settings.Qtickets.BackfillGuardTable);
        try
        {
            await LoadAsync(run, clickHouse, runs, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not ConfigurationException)
        {
            // A cancelled run (Ctrl+C, a scheduler's stop) is a run too: it leaves its error row like any failure.
            var error = cancellationToken.IsCancellationRequested ? $"cancelled before the run finished ({Describe(ex)})" : Describe(ex);
            var failed = run.Finish(RunStatus.Error, context.Time.GetUtcNow(), error: error);
            failed = failed with { Recorded = await TryRecordAsync(runs, failed).ConfigureAwait(false) };
            throw new LoaderRunException(failed, ex);
        }

        var report = run.Finish(RunStatus.Ok, context.Time.GetUtcNow());
        await RecordOkAsync(runs, report, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation(
            "run finished: status ok, {Rows} rows, {Orders} orders, {Days} days recomputed in {Seconds:F1} s",
            report.RowsProcessed, report.Datasets.GetValueOrDefault("orders"), report.DaysRecomputed, report.Duration.TotalSeconds);
        return report with { Recorded = true };
    }

    private async Task LoadAsync(RunAccumulator run, IClickHouseClient clickHouse, JobRunStore runs, CancellationToken cancellationToken)
    {
        var previous = await runs.ReadPreviousAsync(cancellationToken).ConfigureAwait(false);
        var plan = PlanRun(previous);
        run.Plan = plan;
        var catalog = await LoadEventsAsync(run, cancellationToken).ConfigureAwait(false);
        var days = await LoadOrdersAsync(run, plan, catalog, clickHouse, cancellationToken).ConfigureAwait(false);

        // The facts are ClickHouse's work alone and the stages after them wait mostly on QTickets: side by side, a
        // backfill is shorter by the facts' time. The polite limit of requests in flight is unchanged (facts send none).
        await SideBySide.RunAsync(
            token => RecomputeFactsAsync(run, days, clickHouse, token),
            async token =>
            {
                var capacity = await LoadInventoryAsync(run, catalog, clickHouse, token).ConfigureAwait(false);
                await WriteEventsAsync(run, catalog, capacity, clickHouse, token).ConfigureAwait(false);
                await LoadCataloguesAsync(run, catalog, clickHouse, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private RunPlan PlanRun(PreviousRuns previous)
    {
        var q = context.Settings.Qtickets;
        var forceFullScan = context.Settings.Runtime.FullScan || context.Settings.Runtime.OfflineFixturesDir is not null;
        var plan = new RunPlanner(context.Time).Plan(
            previous, new PlanningOptions(q.SinceHours, q.InitialBackfillHours, q.FullScanHours, forceFullScan));
        _logger.LogInformation(
            "window {From:l} .. {To:l} (Moscow, {Reason}), full scan {FullScan}",
            MoscowTime.Format(plan.From), MoscowTime.Format(plan.To), plan.Reason, plan.FullScan);
        return plan;
    }

    private RunReport Stub(RunAccumulator run, string reason)
    {
        _logger.LogWarning(
            "stub mode ({Reason:l}): no request sent to QTickets, nothing written to ClickHouse (meta_job_runs unchanged)", reason);
        return run.Finish(RunStatus.Stub, context.Time.GetUtcNow(), stubReason: reason);
    }

    /// <summary>
    /// The ok row, last. When it cannot be written (ClickHouse gone after the last dataset) the run still failed, as a
    /// <see cref="LoaderRunException"/> like any other failure. No error row is tried: the ok row may have been stored
    /// after all (an answer lost on the way back), and one run must not leave two rows. Its data is complete and the
    /// next run's window starts at the last recorded ok run, so it re-reads this one's.
    /// </summary>
    private async Task RecordOkAsync(JobRunStore runs, RunReport report, CancellationToken cancellationToken)
    {
        try
        {
            await runs.RecordAsync(ToRow(report), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var failed = report with
            {
                Status = RunStatus.Error,
                Error = $"everything was written but the run's ok row: {Describe(ex)}",
                Recorded = false,
            };
            throw new LoaderRunException(failed, ex);
        }
    }

    private async Task<bool> TryRecordAsync(JobRunStore runs, RunReport failed)
    {
        try
        {
            // Not the run's token: a cancelled or failed run must still leave its error row.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await runs.RecordAsync(ToRow(failed), timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ClickHouseException or HttpRequestException or OperationCanceledException)
        {
            _logger.LogError("the error row could not be written to meta_job_runs: {Reason:l}", ex.Message);
            return false;
        }
    }

    private static JobRunRow ToRow(RunReport report) => new()
    {
        Job = report.Job,
        RunId = report.RunId,
        StartedAt = MoscowTime.ToWallClock(report.StartedAt),
        FinishedAt = MoscowTime.ToWallClock(report.FinishedAt),
        Status = RunMetricsJson.StatusText(report.Status),
        RowsProcessed = (ulong)report.RowsProcessed,
        Message = RunMetricsJson.Message(report),
        Metrics = RunMetricsJson.Metrics(report),
    };

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
