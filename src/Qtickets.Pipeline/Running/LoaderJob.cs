using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Planning;
using Qtickets.Pipeline.Stages;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// One loader run (docs/data-contract.md, "A run, stage by stage"): plan the window, then the stages: events, orders
/// streamed through the transform into staging, the facts of the touched days recomputed while inventory, the
/// events' row and the optional catalogues load, then one <c>meta_job_runs</c> row.
/// A failure is recorded as an <c>error</c> row when ClickHouse is reachable and rethrown; nothing a failed run
/// wrote needs cleaning: staging replaces by order id and the next run re-reads the window of the last ok run.
/// A <see cref="ConfigurationException"/> (the configured database or table does not exist, the credentials are
/// refused) is thrown as it is, with no row: the first query finds it, before anything was sent or written.
/// </summary>
public sealed class LoaderJob(LoaderJobContext context)
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
        var book = new RunBook(runs, _logger);
        try
        {
            await LoadAsync(run, clickHouse, runs, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not ConfigurationException)
        {
            // A cancelled run (Ctrl+C, a scheduler's stop) is a run too: it leaves its error row like any failure.
            var error = cancellationToken.IsCancellationRequested ? $"cancelled before the run finished ({Describe(ex)})" : Describe(ex);
            var failed = run.Finish(RunStatus.Error, context.Time.GetUtcNow(), error: error);
            failed = failed with { Recorded = await book.TryRecordErrorAsync(failed).ConfigureAwait(false) };
            throw new LoaderRunException(failed, ex);
        }

        var report = run.Finish(RunStatus.Ok, context.Time.GetUtcNow());
        await book.RecordOkAsync(report, cancellationToken).ConfigureAwait(false);
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
        var events = new EventsStage(context, _logger);
        var catalog = await events.ReadAsync(run, cancellationToken).ConfigureAwait(false);
        var days = await new OrdersStage(context, events, _logger).LoadAsync(run, plan, catalog, clickHouse, cancellationToken).ConfigureAwait(false);

        // The facts are ClickHouse's work alone and the stages after them wait mostly on QTickets: side by side, a
        // backfill is shorter by the facts' time. The polite limit of requests in flight is unchanged (facts send none).
        // Inventory and the catalogues do not run beside the orders: measured, that made a backfill no shorter (they
        // share the requests in flight and the two cores) and its peak memory 80 MB higher (docs/performance.md).
        await SideBySide.RunAsync(
            token => new FactsStage(context, _logger).RecomputeAsync(run, days, clickHouse, token),
            async token =>
            {
                var capacity = await new InventoryStage(context, _logger).LoadAsync(run, catalog, clickHouse, token).ConfigureAwait(false);
                await events.WriteAsync(run, catalog, capacity, clickHouse, token).ConfigureAwait(false);
                await new CataloguesStage(context, _logger).LoadAsync(run, catalog, clickHouse, token).ConfigureAwait(false);
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

    internal static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
