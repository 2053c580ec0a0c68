using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Orders;

/// <summary>
/// One order fetch as docs/fetching.md describes it. It asks in the documented form first and checks every answer;
/// while the server honours the query it walks the filtered pages forward. At the first answer that ignores the
/// query it switches, for the rest of the run, to plain pages of 50 in ascending id order: a full walk forward for a
/// full scan, else a backward walk from the last page that stops once the pages are older than the window. Every
/// record is re-filtered locally. Every walk reconciles with <c>paging.total</c> (<see cref="PageWalk"/>): one cut
/// short throws <see cref="QticketsWalkIncompleteException"/> after the batches read before it were handed on.
/// An order id seen twice is handed on twice, with a warning: the later observation wins where it is stored.
/// Runs as a single async iterator: all state below is touched by one logical thread at a time.
/// </summary>
internal sealed partial class OrderFetchRun(
    OrderPageSource source,
    OrderQuery query,
    OrderFilter filter,
    QticketsClientOptions options,
    OrderFetchSummaryBuilder summary,
    IProgress<OrderFetchProgress>? progress,
    ILogger logger)
{
    private const string Dataset = OrderContract.Dataset;
    private const int DuplicatesNamed = 5;
    private OrderIdSet _seen = new();
    private readonly List<long> _duplicates = [];
    private long _duplicateCount;
    private bool _switched;
    private bool _unsortedNoted;
    private ParsedPage<Order>? _reusableProbe;

    public async IAsyncEnumerable<OrderBatch> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (await FirstFilteredPageAsync(cancellationToken).ConfigureAwait(false) is { } first)
        {
            summary.Total(first.Paging.Total);
            await foreach (var batch in ForwardWalkAsync(first, filtered: true, cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }
        }

        if (_switched)
        {
            // The plain walk reads again what the filtered pages gave: no duplicate to warn about.
            _seen = new OrderIdSet();
            await foreach (var batch in PlainPagesAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }
        }

        NoteDuplicates();
        summary.Complete();
        logger.LogDebug("QTickets orders fetched: {Summary}", summary.Snapshot());
    }

    /// <summary>Page 1 in the documented form; null when neither GET nor POST works and plain pages may take over.</summary>
    private async Task<ParsedPage<Order>?> FirstFilteredPageAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await source.FilteredAsync(1, cancellationToken).ConfigureAwait(false);
        }
        catch (QticketsOrdersUnavailableException unavailable) when (options.PlainPagesWhenQueryFails)
        {
            summary.SwitchToPlainPages(unavailable.Message);
            logger.LogWarning("QTickets {Failure}; reading plain pages instead", unavailable.Message);
            _switched = true;
            return null;
        }
    }

    private async IAsyncEnumerable<OrderBatch> PlainPagesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var probe = _reusableProbe ?? await source.PlainAsync(1, cancellationToken).ConfigureAwait(false);
        summary.Total(probe.Paging.Total);
        var walk = query.HasWindow
            ? BackwardWalkAsync(probe, cancellationToken)
            : ForwardWalkAsync(probe, filtered: false, cancellationToken);
        await foreach (var batch in walk.ConfigureAwait(false))
        {
            yield return batch;
        }
    }

    /// <summary>Counts the page and returns its orders that match the query.</summary>
    private OrderBatch? Emit(ParsedPage<Order> page)
    {
        var kept = page.Items.Where(filter.Matches).ToList();
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

        _duplicateCount++;
        if (_duplicates.Count < DuplicatesNamed)
        {
            _duplicates.Add(id);
        }

        return false;
    }

    private void NoteDuplicates()
    {
        if (_duplicateCount > 0)
        {
            Warn(new FetchWarning(FetchWarningKind.DuplicateOrder, FormattableString.Invariant(
                $"{_duplicateCount} order ids came twice in this run (first: {string.Join(", ", _duplicates)}); the copy read last is kept")));
        }
    }

    private void Warn(FetchWarning warning)
    {
        logger.LogWarning("QTickets {Warning}", warning.Message);
        summary.Warn(warning);
    }

    /// <summary>The backward walk assumes ascending ids on plain pages; say so once when a page breaks it.</summary>
    private void NotePlainOrder(ParsedPage<Order> page, ParsedPage<Order>? previous)
    {
        var after = previous?.Items.Count > 0 ? previous.Items[^1].Id : (long?)null;
        if (!_unsortedNoted && !AnswerCheck.IdsAscending(page.Items, after))
        {
            _unsortedNoted = true;
            Warn(new FetchWarning(FetchWarningKind.PlainPagesUnsorted, $"plain orders page {page.Number} is not in ascending id order"));
        }
    }
}
