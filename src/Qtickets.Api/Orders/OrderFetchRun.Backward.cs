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
    /// concurrently; repeated until the lowest page read starts before it. Batches come newest pages first.
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

        var last = probe.Paging.PageCount!.Value;
        var lastPage = probe;
        if (last > 1)
        {
            lastPage = await source.PlainAsync(last, cancellationToken).ConfigureAwait(false);
            walk.Accept(lastPage, null);
            NotePlainOrder(lastPage, previous: null);
            if (Emit(lastPage) is { } lastBatch)
            {
                yield return lastBatch;
            }
        }

        await foreach (var batch in ReadOnAsync(walk, lastPage, cancellationToken).ConfigureAwait(false))
        {
            yield return batch;
        }

        var threshold = query.From!.Value - query.MaxReservation;
        var perPage = probe.Paging.PerPage ?? QticketsClientOptions.PlainPageSize;
        var state = new BackwardWalkState(last, perPage, threshold, options.MaxConcurrency * WindowsPerRound);
        if (last > 1)
        {
            state.Record(lastPage);
        }

        for (var round = state.NextRound(); round.Count > 0; round = state.NextRound())
        {
            await foreach (var page in OrderedPageFetcher.FetchAsync(round, source.PlainAsync, options.MaxConcurrency, cancellationToken).ConfigureAwait(false))
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

    /// <summary>The pages after a full last page, up to the first empty one: more records than the total said.</summary>
    private async IAsyncEnumerable<OrderBatch> ReadOnAsync(PageWalk walk, ParsedPage<Order> last, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var previous = last;
        var extra = 0L;
        while (PageWalk.ReadsOnAfter(previous))
        {
            var page = await source.PlainAsync(previous.Number + 1, cancellationToken).ConfigureAwait(false);
            walk.Accept(page, previous);
            extra += page.RecordCount;
            if (Emit(page) is { } batch)
            {
                yield return batch;
            }

            previous = page;
        }

        if (extra > 0)
        {
            Warn(new FetchWarning(FetchWarningKind.TotalMismatch, FormattableString.Invariant(
                $"orders: paging.total announced {last.Paging.Total} but {extra} more records were found after page {last.Number} (read on to the first empty page)")));
        }
    }
}
