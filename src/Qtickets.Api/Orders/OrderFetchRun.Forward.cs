using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Orders;

internal sealed partial class OrderFetchRun
{
    /// <summary>
    /// Page 1, then pages 2..ceil(total/perPage) concurrently (bounded), yielded in page order, then on past a full
    /// last page to the first empty one. In filtered mode every answer is checked; a violation switches to plain
    /// pages and ends this walk. A walk cut short throws once the pages before the cut were handed on.
    /// </summary>
    private async IAsyncEnumerable<OrderBatch> ForwardWalkAsync(ParsedPage<Order> first, bool filtered, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var walk = new PageWalk(Dataset, "GET /orders");
        summary.Planned(first.Paging.PageCount);
        if (!Accept(walk, first, null, filtered))
        {
            yield break;
        }

        if (Emit(first) is { } firstBatch)
        {
            yield return firstBatch;
        }

        var previous = first;
        var pages = Enumerable.Range(2, Math.Max(0, first.Paging.PageCount!.Value - 1));
        await foreach (var page in OrderedPageFetcher.FetchAsync(pages, FetchFor(filtered), options.MaxConcurrency, cancellationToken).ConfigureAwait(false))
        {
            if (!Accept(walk, page, previous, filtered))
            {
                yield break;
            }

            if (Emit(page) is { } batch)
            {
                yield return batch;
            }

            previous = page;
        }

        while (PageWalk.ReadsOnAfter(previous))
        {
            var page = await FetchFor(filtered)(previous.Number + 1, cancellationToken).ConfigureAwait(false);
            if (!Accept(walk, page, previous, filtered))
            {
                yield break;
            }

            if (Emit(page) is { } batch)
            {
                yield return batch;
            }

            previous = page;
        }

        if (walk.Finish() is { } more)
        {
            Warn(more);
        }
    }

    private Func<int, CancellationToken, Task<ParsedPage<Order>>> FetchFor(bool filtered) =>
        filtered ? source.FilteredAsync : source.PlainAsync;

    /// <summary>
    /// False when the query was ignored (the walk switches to plain pages); throws when the walk is cut short.
    /// </summary>
    private bool Accept(PageWalk walk, ParsedPage<Order> page, ParsedPage<Order>? previous, bool filtered)
    {
        walk.Accept(page, previous);
        if (!filtered)
        {
            NotePlainOrder(page, previous);
            return true;
        }

        var violations = AnswerCheck.Check(page, previous, options.RequestedPageSize, filter);
        if (violations.Count == 0)
        {
            return true;
        }

        SwitchToPlainPages(page, violations);
        return false;
    }

    private void SwitchToPlainPages(ParsedPage<Order> page, IReadOnlyList<FetchWarning> violations)
    {
        var reason = string.Join("; ", violations.Select(violation => violation.Message));
        foreach (var violation in violations)
        {
            summary.Warn(violation);
        }

        summary.SwitchToPlainPages(reason);
        logger.LogWarning(
            "QTickets ignored the orders query ({Reason}); reading plain pages of {PageSize} in ascending id order for the rest of the run, filtering locally",
            reason, QticketsClientOptions.PlainPageSize);
        _switched = true;
        var unfiltered = filter.Where().Count == 0 || violations.Any(violation => violation.Kind == FetchWarningKind.FilterIgnored);
        _reusableProbe = unfiltered && IsPlainFirstPage(page) ? page : null;
    }

    /// <summary>
    /// An unfiltered answer to page 1 in ascending ids, 50 per page, is exactly plain page 1, so it serves as the probe
    /// without a new request. (A filtered answer is not: its total counts only the matching orders.)
    /// </summary>
    private static bool IsPlainFirstPage(ParsedPage<Order> page) =>
        page.Number == 1 &&
        page.Paging.CurrentPage is null or 1 &&
        page.Paging.PerPage == QticketsClientOptions.PlainPageSize &&
        AnswerCheck.IdsAscending(page.Items);
}
