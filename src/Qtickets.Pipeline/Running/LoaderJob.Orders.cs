using Microsoft.Extensions.Logging;
using Qtickets.Api.Orders;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Writing;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Planning;
using Qtickets.Pipeline.Rows;
using Qtickets.Pipeline.Time;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Running;

public sealed partial class LoaderJob
{
    private const string OrdersTable = "stg_qtickets_api_orders_raw";

    /// <summary>
    /// Inserts of 20,000 rows: ClickHouse pays a fixed cost per insert (a part for the table and one for its
    /// materialized view), so fewer, larger inserts cost it less of the CPU it shares with the loader. At most two
    /// batches are held (one queued, one being sent), a few tens of megabytes whatever the size of the window. The
    /// catalogues use the same (barcodes: 1.7 million rows for 1,000,000 orders).
    /// </summary>
    private static readonly BatchingInsertOptions StagingInserts = new() { BatchSize = 20_000, QueueLimit = 20_000 };

    /// <summary>
    /// Streams orders page by page through the transform into staging: memory holds a few pages and one insert
    /// batch, never the window. Returns the Moscow sale days the run touched.
    /// </summary>
    private async Task<IReadOnlyCollection<DateOnly>> LoadOrdersAsync(
        RunAccumulator run, RunPlan plan, EventCatalog catalog, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        context.Observer.StageStarted("orders");
        var stream = context.Api.StreamOrders(Query(plan), new ObserverProgress(context.Observer));
        var transformer = new OrderTransformer(context.Settings.Qtickets.StorePersonalData, MoscowTime.ToWallClock(context.Time.GetUtcNow()));
        var days = new HashSet<DateOnly>();
        var unknownEvents = new HashSet<long>();
        long rows = 0;
        var writer = new BatchingInsertWriter<OrderRow>(
            clickHouse, OrdersTable, StagingInserts, context.Time, context.Logs.CreateLogger("qtickets.writer"));
        await using (writer.ConfigureAwait(false))
        {
            try
            {
                await foreach (var batch in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    foreach (var order in batch.Orders)
                    {
                        var info = catalog.Find(order.EventId)
                            ?? await FindEventAsync(catalog, order.EventId, unknownEvents, run, cancellationToken).ConfigureAwait(false);
                        var result = transformer.Transform(order, info);
                        if (result.Value is not { } row)
                        {
                            run.SkipOrder(result.SkipReason ?? "skipped");
                            continue;
                        }

                        await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                        days.Add(DateOnly.FromDateTime(row.SaleTs));
                        rows++;
                    }
                }

                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                RecordFetch(run, plan, stream.Summary);
            }
        }

        run.Count("orders", rows);
        context.Observer.StageCompleted("orders", rows);
        _logger.LogInformation(
            "orders: {Rows} written to staging from {Pages} pages ({Mode}), {Days} sale days touched",
            rows, stream.Summary.PagesFetched, stream.Summary.Mode, days.Count);
        return days;
    }

    /// <summary>
    /// No upper bound: an order changed while the run is under way is simply read now and again next time (the
    /// next window starts at this run's start). A bound at the start second would lose a change made in that very
    /// second, because the API compares whole seconds.
    /// </summary>
    private OrderQuery Query(RunPlan plan) => new()
    {
        From = plan.FullScan ? null : plan.From,
        To = null,
        FullScan = plan.FullScan,
        // A reconciliation asks for every order, paid or not: a cancellation that also reset the paid flag must still
        // reach staging (the transform skips orders never paid). Incremental windows ask for paid orders only.
        PaidOnly = !plan.FullScan,
        MaxReservation = TimeSpan.FromMinutes(context.Settings.Qtickets.MaxReservationMinutes),
    };

    private void RecordFetch(RunAccumulator run, RunPlan plan, OrderFetchSummary summary)
    {
        run.Orders = summary;
        run.FullScan = summary.Completed && (plan.FullScan || ReadEveryOrder(summary));
        foreach (var warning in summary.Warnings)
        {
            run.Warn($"orders: {warning}");
            _logger.LogWarning("orders: {Warning}", warning.ToString());
        }

        foreach (var (reason, count) in summary.SkippedByReason)
        {
            run.SkipOrder($"unreadable: {reason}", count);
        }
    }

    /// <summary>In plain pages the total is every order: a walk that saw them all was a reconciliation too.</summary>
    private static bool ReadEveryOrder(OrderFetchSummary summary) =>
        summary.Mode == OrderFetchMode.PlainPages && summary.ReportedTotal is { } total && summary.RecordsSeen >= total;

    private async Task RecomputeFactsAsync(
        RunAccumulator run, IReadOnlyCollection<DateOnly> days, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        context.Observer.StageStarted("facts");
        if (days.Count > 0)
        {
            await new DailyFactsRecomputer(clickHouse).RecomputeAsync(days, cancellationToken).ConfigureAwait(false);
        }

        run.DaysRecomputed = days.Count;
        context.Observer.StageCompleted("facts", days.Count);
        _logger.LogInformation("facts: {Days} days recomputed from staging", days.Count);
    }
}
