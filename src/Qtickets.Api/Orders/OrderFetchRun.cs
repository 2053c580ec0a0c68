using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;

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
    IProgress<OrderFetchProgress>? progress,
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

    public async IAsyncEnumerable<OrderBatch> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var first = await FilteredAsync(1, cancellationToken).ConfigureAwait(false);
        summary.Total(first.Paging.Total);
        await foreach (var batch in ForwardWalkAsync(first, filtered: true, cancellationToken).ConfigureAwait(false))
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
            await foreach (var batch in walk.ConfigureAwait(false))
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

    /// <summary>Counts the page and returns its orders that match the query.</summary>
    private OrderBatch? Emit(ParsedPage<Order> page)
    {
        var kept = page.Items.Where(query.Matches).ToList();
        var seenBefore = kept.Where(order => !FirstSighting(order.Id)).Select(order => order.Id).ToHashSet();
        foreach (var note in page.Notes)
        {
            Warn(new FetchWarning(FetchWarningKind.DuplicateOrder, note));
        }

        summary.PageProcessed(page.RecordCount, kept.Count, page.Skipped);
        progress?.Report(summary.Progress());
        return kept.Count > 0 ? new OrderBatch(kept, page.Number, summary.Mode, page.RecordCount, page.FetchedAt) { SeenBefore = seenBefore } : null;
    }

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
}
