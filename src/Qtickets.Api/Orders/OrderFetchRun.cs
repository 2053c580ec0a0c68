using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api.Orders;

/// <summary>
/// One order fetch as docs/data-contract.md ("Fetching orders") describes it. It asks in the documented form first and
/// checks every answer; while the server honours the query it walks the filtered pages forward. At the first answer
/// that ignores the query it switches, for the rest of the run, to plain pages of 50 in ascending id order: a full
/// walk forward for a full scan, else a backward walk from the last page that stops once the pages are older than
/// the window. Every record is re-filtered locally. Every walk reconciles with <c>paging.total</c>
/// (<see cref="PageWalk"/>): one cut short throws <see cref="QticketsWalkIncompleteException"/> after the batches read
/// before it were handed on. An order id seen twice is handed on twice, with a warning: the later observation wins
/// where it is stored. Runs as a single async iterator: all state below is touched by one logical thread at a time
/// (pages are fetched concurrently, but only the summary is touched from there).
/// </summary>
internal sealed partial class OrderFetchRun(
    ApiTransport transport,
    OrderQuery query,
    QticketsClientOptions options,
    OrderFetchSummaryBuilder summary,
    IProgress<OrderFetchSummary>? progress,
    ILogger logger,
    TimeProvider time)
{
    private const string Dataset = OrderContract.Dataset;
    private const int DuplicatesNamed = 5;
    private readonly List<long> _duplicates = [];
    private OrderIdSet _seen = new();
    private long _duplicateCount;
    private bool _switched;
    private bool _unsortedNoted;
    private ParsedPage<Order>? _reusableProbe;
    private long _lastStamp;

    private readonly PostFallback _fallback = new(
        "/orders",
        new HashSet<int> { 401, 403 },
        logger,
        (getFailure, postFailure) => new QticketsOrdersUnavailableException(getFailure, postFailure),
        getFailure =>
        {
            summary.PostFallbackUsed();
            summary.Warn(new FetchWarning(FetchWarningKind.PostFallback, $"GET /orders failed ({getFailure.Message}); POST /orders answered and is used for the rest of the run"));
        });

    public async IAsyncEnumerable<OrderBatch> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = await FilteredAsync(1, cancellationToken).ConfigureAwait(false);
        summary.Total(first.Paging.Total);
        await foreach (var batch in ForwardWalkAsync(first, filtered: true, cancellationToken).Where(HasOrders).ConfigureAwait(false))
        {
            yield return batch;
        }

        if (_switched)
        {
            // The plain walk reads again what the filtered pages gave: no duplicate to warn about.
            _seen = new OrderIdSet();
            var probe = _reusableProbe ?? await PlainAsync(1, cancellationToken).ConfigureAwait(false);
            summary.Total(probe.Paging.Total);
            var walk = query.HasWindow ? BackwardWalkAsync(probe, cancellationToken) : ForwardWalkAsync(probe, filtered: false, cancellationToken);
            await foreach (var batch in walk.Where(HasOrders).ConfigureAwait(false))
            {
                yield return batch;
            }
        }

        if (_duplicateCount > 0)
        {
            Warn(FetchWarning.Of(FetchWarningKind.DuplicateOrder,
                $"{_duplicateCount} order ids came twice in this run (first: {string.Join(", ", _duplicates)}); the copy read last is kept"));
        }

        summary.Complete();
        logger.LogDebug("QTickets orders fetched: {Summary}", summary.Snapshot());
    }

    /// <summary>Counts the page and returns its orders that match the query (empty batches are dropped in <see cref="RunAsync"/>).</summary>
    private OrderBatch Emit(ParsedPage<Order> page)
    {
        var kept = page.Items.Where(query.Matches).ToList();
        var seenBefore = kept.Where(order => !FirstSighting(order.Id)).Select(order => order.Id).ToHashSet();
        foreach (var note in page.Notes)
        {
            Warn(new FetchWarning(FetchWarningKind.DuplicateOrder, note));
        }

        summary.PageProcessed(page.RecordCount, kept.Count, page.Skipped);
        progress?.Report(summary.Snapshot());
        return new OrderBatch(kept, page.Number, summary.Mode, page.RecordCount, page.FetchedAt) { SeenBefore = seenBefore };
    }

    private static bool HasOrders(OrderBatch batch) => batch.Orders.Count > 0;

    /// <summary>True the first time the run hands on <paramref name="id"/>; later times are counted for the warning.</summary>
    private bool FirstSighting(long id)
    {
        if (_seen.Add(id))
        {
            return true;
        }

        if (_duplicateCount++ < DuplicatesNamed)
        {
            _duplicates.Add(id);
        }

        return false;
    }

    private void Warn(FetchWarning warning)
    {
        logger.LogWarning("QTickets {Warning}", warning.Message);
        summary.Warn(warning);
    }

    /// <summary>The backward walk assumes ascending ids on plain pages; say so once when a page breaks it.</summary>
    private void NotePlainOrder(ParsedPage<Order> page, ParsedPage<Order>? previous)
    {
        if (!_unsortedNoted && !AnswerCheck.IdsAscending(page, previous))
        {
            _unsortedNoted = true;
            Warn(new FetchWarning(FetchWarningKind.PlainPagesUnsorted, $"plain orders page {page.Number} is not in ascending id order"));
        }
    }

    /// <summary>A plain page: <c>GET /orders?page=N&amp;per_page=50</c> without a body, the form every tenant honours.</summary>
    private Task<ParsedPage<Order>> PlainAsync(int page, CancellationToken cancellationToken) =>
        FetchAsync(ApiRequest.Page(HttpMethod.Get, "orders", page, QticketsClientOptions.PlainPageSize), page, retry: true, cancellationToken);

    /// <summary>
    /// A page in the documented form: <c>GET /orders</c> with the query as a JSON body, falling back to POST
    /// (<see cref="PostFallback"/>) for the rest of the run. Both failing is a <see cref="QticketsOrdersUnavailableException"/>.
    /// </summary>
    private Task<ParsedPage<Order>> FilteredAsync(int page, CancellationToken cancellationToken) =>
        _fallback.SendAsync(
            (method, retry, token) => FetchAsync(
                ApiRequest.Page(method, "orders", page, options.RequestedPageSize, new QueryJson(query.Where(), QueryJson.ById, page, options.RequestedPageSize).Write()),
                page,
                retry,
                token),
            cancellationToken);

    /// <summary>The page is read inside the attempt (so invalid JSON is retried) and stamped with the moment it was read.</summary>
    private async Task<ParsedPage<Order>> FetchAsync(ApiRequest request, int page, bool retry, CancellationToken cancellationToken)
    {
        var answer = await transport.SendAsync(request, retry, body => OrderPageReader.Read(body.Span, page, NextStamp()), cancellationToken).ConfigureAwait(false);
        summary.PageFetched();
        return answer;
    }

    /// <summary>
    /// The moment an answer was read, strictly increasing within a run (whole microseconds, one more than the last
    /// stamp when the clock has not moved on). A stamp is the row version of every order read from that answer, so of
    /// two copies of an order read in one run, the later fetch always wins. Thread-safe: pages are fetched concurrently.
    /// </summary>
    private DateTimeOffset NextStamp()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastStamp);
            var next = Math.Max(time.GetUtcNow().UtcTicks / TimeSpan.TicksPerMicrosecond * TimeSpan.TicksPerMicrosecond, last + TimeSpan.TicksPerMicrosecond);
            if (Interlocked.CompareExchange(ref _lastStamp, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }
}
