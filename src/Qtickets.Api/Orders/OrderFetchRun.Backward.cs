using System.Runtime.CompilerServices;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Orders;

internal sealed partial class OrderFetchRun
{
    /// <summary>Rounds of backward reading: at most this many concurrency windows per estimate.</summary>
    private const int WindowsPerRound = 4;

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
        if (Emit(probe) is { } probeBatch)
        {
            yield return probeBatch;
        }

        var (last, perPage) = (probe.Paging.PageCount!.Value, probe.Paging.PerPage ?? QticketsClientOptions.PlainPageSize);
        var state = new BackwardWalkState(last, perPage, query.From!.Value - query.MaxReservation, options.MaxConcurrency * WindowsPerRound);
        var top = probe;
        if (last > 1)
        {
            top = await PlainAsync(last, cancellationToken).ConfigureAwait(false);
            walk.Accept(top, null);
            NotePlainOrder(top, previous: null);
            state.Record(top);
            if (Emit(top) is { } lastBatch)
            {
                yield return lastBatch;
            }
        }

        var more = 0L;
        await foreach (var page in walk.PagesAfterAsync(top, PlainAsync, options.MaxConcurrency, cancellationToken).ConfigureAwait(false))
        {
            more += page.RecordCount;
            if (Emit(page) is { } batch)
            {
                yield return batch;
            }
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
                if (Emit(page) is { } batch)
                {
                    yield return batch;
                }
            }
        }
    }
}
