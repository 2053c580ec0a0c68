using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.Api.Orders;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Writing;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Planning;
using Qtickets.Pipeline.Rows;
using Qtickets.Pipeline.Running;
using Qtickets.Pipeline.Streaming;
using Qtickets.Api.Time;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Stages;

/// <summary>
/// Orders: the window's orders streamed through the transform into staging, chunk by chunk; the Moscow sale days
/// they touch go to the facts stage.
/// </summary>
internal sealed class OrdersStage(LoaderJobContext context, EventsStage events, ILogger logger)
{
    private const string OrdersTable = "stg_qtickets_api_orders_raw";

    /// <summary>Orders are staged in chunks: one lookup of what staging holds per chunk (see <see cref="StagedOrderLookup"/>).</summary>
    private const int StagingChunk = 4_000;

    /// <summary>
    /// Orders read ahead while a chunk is staged: a chunk's worth, so reading never waits for the staging of the chunk
    /// before, and at most a chunk of orders (plus one page) is held beside it, whatever the size of the pages.
    /// </summary>
    private const int ReadAheadOrders = StagingChunk;

    /// <summary>
    /// Streams orders page by page through the transform into staging: memory holds a few pages, one chunk and one
    /// insert batch, never the window. Returns the Moscow sale days the run touched, the days orders left included.
    /// When the fetch fails after rows were written (a walk cut short) or the run is stopped (SIGTERM), the days written
    /// so far are recomputed before the failure is reported, so the daily facts still equal staging.
    /// </summary>
    public async Task<IReadOnlyCollection<DateOnly>> LoadAsync(
        RunAccumulator run, RunPlan plan, EventCatalog catalog, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        context.Observer.StageStarted("orders");
        var stream = context.Api.StreamOrders(Query(plan), new ObserverProgress(context.Observer));
        var transformer = new OrderTransformer(context.Settings.Qtickets.StorePersonalData, MoscowTime.ToWallClock(context.Time.GetUtcNow()));
        var lookup = await StagedOrderLookup.CreateAsync(clickHouse, cancellationToken).ConfigureAwait(false);
        var stager = new OrderStager(transformer, lookup, new OrderNotes());
        var days = new HashSet<DateOnly>();
        try
        {
            await StreamIntoStagingAsync(run, plan, stream, stager, catalog, days, clickHouse, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (days.Count > 0)
        {
            // A stopped run too (SIGTERM): the daily facts must equal staging after every run.
            var stopped = ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
            await TryRecomputeAfterFailureAsync(days, clickHouse, stopped ? FactsStage.GraceAfterStop : TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            throw;
        }

        context.Observer.StageCompleted("orders", stager.Notes.Written);
        logger.LogInformation(
            "orders: {Rows} written to staging from {Seen} records on {Pages} pages ({Mode}), {Days} sale days touched",
            stager.Notes.Written, stream.Summary.RecordsSeen, stream.Summary.PagesFetched, stream.Summary.Mode, days.Count);
        return days;
    }

    private async Task StreamIntoStagingAsync(
        RunAccumulator run, RunPlan plan, OrderStream stream, OrderStager stager, EventCatalog catalog, HashSet<DateOnly> days,
        IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        var unknownEvents = new HashSet<long>();
        var chunk = new List<ObservedOrder>(StagingChunk);
        var writer = new BatchingInsertWriter<OrderRow>(
            clickHouse, OrdersTable, StagingInserts.Options, context.Time, context.Logs.CreateLogger("qtickets.writer"));
        try
        {
            await using (writer.ConfigureAwait(false))
            {
                try
                {
                    await foreach (var batch in ReadAhead.BufferAsync(stream, ReadAheadOrders, page => page.Orders.Count, cancellationToken).ConfigureAwait(false))
                    {
                        chunk.AddRange(batch.Orders.Select(order => new ObservedOrder(order, batch.ObservedAt, batch.SeenBefore.Contains(order.Id))));
                        if (chunk.Count >= StagingChunk)
                        {
                            await StageChunkAsync(chunk, stager, catalog, unknownEvents, run, writer, days, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
                catch (QticketsApiException)
                {
                    // The orders read before QTickets failed (a walk cut short, an error after the retries) are right:
                    // they are stored, and the failure is reported after them.
                    await StageChunkAsync(chunk, stager, catalog, unknownEvents, run, writer, days, cancellationToken).ConfigureAwait(false);
                    await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                    throw;
                }

                await StageChunkAsync(chunk, stager, catalog, unknownEvents, run, writer, days, cancellationToken).ConfigureAwait(false);
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // What was stored, also when the run fails or is cancelled half way: the error row must not say 0.
            run.Count("orders", writer.RowsWritten);
            RecordFetch(run, plan, stream.Summary, stager.Notes);
        }
    }

    private async Task StageChunkAsync(
        List<ObservedOrder> chunk, OrderStager stager, EventCatalog catalog, HashSet<long> unknownEvents, RunAccumulator run,
        BatchingInsertWriter<OrderRow> writer, HashSet<DateOnly> days, CancellationToken cancellationToken)
    {
        foreach (var eventId in chunk.Select(o => o.Order.EventId).Distinct())
        {
            await events.FindAsync(catalog, eventId, unknownEvents, run, cancellationToken).ConfigureAwait(false);
        }

        var rows = await stager.PrepareAsync(chunk, catalog.Find, days, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
        }

        chunk.Clear();
    }

    /// <summary>Best effort: a failure here is logged, the run's own failure is the one reported.</summary>
    private async Task TryRecomputeAfterFailureAsync(IReadOnlyCollection<DateOnly> days, IClickHouseClient clickHouse, TimeSpan limit)
    {
        try
        {
            using var timeout = new CancellationTokenSource(limit);
            await new DailyFactsRecomputer(clickHouse).RecomputeAsync(days, timeout.Token).ConfigureAwait(false);
            logger.LogWarning("facts: {Days} days written before the failure recomputed from staging", days.Count);
        }
        catch (Exception ex) when (ex is ClickHouseException or HttpRequestException or OperationCanceledException)
        {
            logger.LogError("facts: the days written before the failure could not be recomputed: {Reason:l}", ex.Message);
        }
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

    private void RecordFetch(RunAccumulator run, RunPlan plan, OrderFetchSummary summary, OrderNotes notes)
    {
        run.Orders = summary;
        run.FullScan = summary.Completed && (plan.FullScan || ReadEveryOrder(summary));
        foreach (var warning in summary.Warnings)
        {
            run.Warn($"orders: {warning}");
        }

        foreach (var warning in notes.Warnings())
        {
            run.Warn($"orders: {warning}");
            logger.LogWarning("orders: {Warning:l}", warning);
        }

        foreach (var (reason, count) in summary.SkippedByReason)
        {
            run.SkipOrder($"rejected: {reason}", count);
        }

        foreach (var (reason, count) in notes.Skipped)
        {
            run.SkipOrder(reason, count);
        }

        if (summary.RecordsSkipped > 0)
        {
            logger.LogWarning(
                "orders: {Count} records rejected (outside the data contract or unreadable), first: {First:l}",
                summary.RecordsSkipped, string.Join("; ", summary.RejectedFirst.Take(5).Select(r => r.Describe())));
        }
    }

    /// <summary>In plain pages the total is every order: a walk that saw them all was a reconciliation too.</summary>
    private static bool ReadEveryOrder(OrderFetchSummary summary) =>
        summary.Mode == OrderFetchMode.PlainPages && summary.ReportedTotal is { } total && summary.RecordsSeen >= total;
}
