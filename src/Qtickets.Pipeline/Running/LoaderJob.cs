using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.Configuration;
using Qtickets.Pipeline.Inventory;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Planning;
using Qtickets.Pipeline.Stages;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// One loader run (docs/data-contract.md, "A run, stage by stage"): plan the window, then the stages: events; orders
/// streamed through the transform into staging and then the facts of the touched days, while inventory and the
/// optional catalogues load beside them; the events' rows; then one <c>meta_job_runs</c> row.
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
        var orders = new OrdersStage(context, events, _logger);

        // Two lines of work side by side: the orders and then the facts of the days they touched; beside them inventory
        // and the optional catalogues of the listed events, which need nothing of the orders. What one line waits for
        // (answers of QTickets, ClickHouse's inserts and recomputes) the other fills, and both share the one limit of
        // requests in flight of the HTTP client (LoaderJobFactory), so QTickets sees no more requests at once than
        // before. A failure beside lets the orders and their facts finish first (SideBySide).
        IReadOnlyDictionary<long, ShowCapacity> capacity = new Dictionary<long, ShowCapacity>();
        await SideBySide.RunAsync(
            async token =>
            {
                var days = await orders.LoadAsync(run, plan, catalog, clickHouse, token).ConfigureAwait(false);
                await new FactsStage(context, _logger).RecomputeAsync(run, days, clickHouse, token).ConfigureAwait(false);
            },
            async token =>
            {
                capacity = await new InventoryStage(context, _logger).LoadAsync(run, catalog, clickHouse, token).ConfigureAwait(false);
                await new CataloguesStage(context, _logger).LoadAsync(run, catalog, clickHouse, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        // Last, once the orders stage added the events its orders referred to: every event with its capacity.
        await events.WriteAsync(run, catalog, capacity, clickHouse, cancellationToken).ConfigureAwait(false);
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
