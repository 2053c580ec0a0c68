using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Orders;

internal sealed partial class OrderFetchRun
{
    /// <summary>
    /// Page 1, then pages 2..ceil(total/perPage) concurrently (bounded), yielded in page order. In filtered mode
    /// every answer is checked; a violation switches to plain pages and ends this walk.
    /// </summary>
    private async IAsyncEnumerable<OrderBatch> ForwardWalkAsync(ParsedPage<Order> first, bool filtered, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = first.Paging.PageCount;
        summary.Planned(pages);
        if (!Accept(first, null, pages, filtered))
        {
            yield break;
        }

        long walked = first.RecordCount;
        if (Emit(first) is { } firstBatch)
        {
            yield return firstBatch;
        }

        if (pages is not { } last)
        {
            NotePagingIncomplete(first);
            yield break;
        }

        var previous = first;
        await foreach (var page in OrderedPageFetcher.FetchAsync(Enumerable.Range(2, Math.Max(0, last - 1)), FetchFor(filtered), options.MaxConcurrency, cancellationToken))
        {
            if (!Accept(page, previous, pages, filtered))
            {
                yield break;
            }

            walked += page.RecordCount;
            if (Emit(page) is { } batch)
            {
                yield return batch;
            }

            previous = page;
        }

        if (PageGuard.CheckTotal(Dataset, walked, first.Paging.Total) is { } mismatch)
        {
            Warn(mismatch);
        }
    }

    private Func<int, CancellationToken, Task<ParsedPage<Order>>> FetchFor(bool filtered) =>
        filtered ? source.FilteredAsync : source.PlainAsync;

    /// <summary>False when the walk must end here: the query was ignored (switch) or a pagination guard tripped.</summary>
    private bool Accept(ParsedPage<Order> page, ParsedPage<Order>? previous, int? pages, bool filtered)
    {
        if (filtered)
        {
            var violations = AnswerCheck.Check(page, previous, options.RequestedPageSize, filter);
            if (violations.Count > 0)
            {
                SwitchToPlainPages(page, violations);
                return false;
            }
        }
        else
        {
            NotePlainOrder(page, previous);
        }

        if (PageGuard.Check(Dataset, page, previous, pages) is { } warning)
        {
            Warn(warning);
            return false;
        }

        return true;
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
