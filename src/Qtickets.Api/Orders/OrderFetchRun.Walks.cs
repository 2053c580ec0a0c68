using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Orders;

internal sealed partial class OrderFetchRun
{
    /// <summary>Rounds of backward reading: at most this many concurrency windows per estimate.</summary>
    private const int WindowsPerRound = 4;

    /// <summary>
    /// Page 1, then the pages after it (<see cref="PageWalk.PagesAfterAsync{T}"/>). In filtered mode every answer is
    /// checked; a violation switches to plain pages and ends this walk. A walk cut short throws once the pages before
    /// the cut were handed on.
    /// </summary>
    private async IAsyncEnumerable<OrderBatch> ForwardWalkAsync(ParsedPage<Order> first, bool filtered, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var walk = new PageWalk(Dataset, "GET /orders");
        summary.Planned(first.Paging.PageCount);
        walk.Accept(first, null);
        var rest = walk.PagesAfterAsync(first, filtered ? FilteredAsync : PlainAsync, options.MaxConcurrency, cancellationToken);
        ParsedPage<Order>? previous = null;
        await foreach (var page in rest.Prepend(first).ConfigureAwait(false))
        {
            if (!Honoured(page, previous, filtered))
            {
                yield break;
            }

            yield return Emit(page);
            previous = page;
        }

        if (walk.Finish() is { } more)
        {
            Warn(more);
        }
    }

    /// <summary>False when the server ignored the filtered query: the run then switches to plain pages.</summary>
    private bool Honoured(ParsedPage<Order> page, ParsedPage<Order>? previous, bool filtered)
    {
        if (!filtered)
        {
            NotePlainOrder(page, previous);
            return true;
        }

        var violations = AnswerCheck.Check(page, previous, options.RequestedPageSize, query);
        if (violations.Count > 0)
        {
            SwitchToPlainPages(page, violations);
        }

        return violations.Count == 0;
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
        var unfiltered = query.Where().Count == 0 || violations.Any(violation => violation.Kind == FetchWarningKind.FilterIgnored);
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
        AnswerCheck.IdsAscending(page, previous: null);

    /// <summary>
    /// The incremental plain-pages walk: the probe (page 1) gives <c>paging.total</c>; the last page is read alone,
    /// and while it is full the pages after it (the total may under-report, and the newest orders are there); then,
    /// from the time span the pages read cover, just enough lower pages to reach <c>From - MaxReservation</c> are read
    /// concurrently (<see cref="BackwardWalkState"/>); repeated until the lowest page read starts before it.
    /// </summary>
    private async IAsyncEnumerable<OrderBatch> BackwardWalkAsync(ParsedPage<Order> probe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var walk = new PageWalk(Dataset, "GET /orders");
        summary.Planned(null);
        walk.Accept(probe, null);
        yield return Emit(probe);

        var (last, perPage) = (probe.Paging.PageCount!.Value, probe.Paging.PerPage ?? QticketsClientOptions.PlainPageSize);
        var state = new BackwardWalkState(last, perPage, query.From!.Value - query.MaxReservation, options.MaxConcurrency * WindowsPerRound);
        var top = probe;
        if (last > 1)
        {
            top = await PlainAsync(last, cancellationToken).ConfigureAwait(false);
            walk.Accept(top, null);
            NotePlainOrder(top, previous: null);
            state.Record(top);
            yield return Emit(top);
        }

        var more = 0L;
        await foreach (var page in walk.PagesAfterAsync(top, PlainAsync, options.MaxConcurrency, cancellationToken).ConfigureAwait(false))
        {
            more += page.RecordCount;
            yield return Emit(page);
        }

        if (more > 0)
        {
            Warn(FetchWarning.Of(FetchWarningKind.TotalMismatch,
                $"orders: paging.total announced {top.Paging.Total} but {more} more records were found after page {top.Number} (read on to the first empty page)"));
        }

        for (var round = state.NextRound(); round.Count > 0; round = state.NextRound())
        {
            await foreach (var page in OrderedPageFetcher.FetchAsync(round, PlainAsync, options.MaxConcurrency, cancellationToken).ConfigureAwait(false))
            {
                walk.Accept(page, state.Above);
                NotePlainOrder(page, previous: null);
                state.Record(page);
                yield return Emit(page);
            }
        }
    }
}
