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
    /// The incremental plain-pages walk: the probe (page 1) gives <c>paging.total</c>; the last page is read alone;
    /// then, from the time span the pages read cover, just enough lower pages to reach
    /// <c>From - MaxReservation</c> are read concurrently; repeated until the lowest page read starts before it.
    /// Batches come highest page first.
    /// </summary>
    private async IAsyncEnumerable<OrderBatch> BackwardWalkAsync(ParsedPage<Order> probe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        summary.Planned(null);
        if (PageGuard.Check(Dataset, probe, null, probe.Paging.PageCount) is { } probeWarning)
        {
            Warn(probeWarning);
            yield break;
        }

        if (Emit(probe) is { } probeBatch)
        {
            yield return probeBatch;
        }

        if (probe.Paging.PageCount is not { } last)
        {
            NotePagingIncomplete(probe);
            yield break;
        }

        var threshold = query.From!.Value - query.MaxReservation;
        var perPage = probe.Paging.PerPage ?? QticketsClientOptions.PlainPageSize;
        var walk = new BackwardWalkState(last, perPage, threshold, options.MaxConcurrency * WindowsPerRound);
        for (var round = walk.FirstRound(); round.Count > 0; round = walk.NextRound())
        {
            await foreach (var page in OrderedPageFetcher.FetchAsync(round, source.PlainAsync, options.MaxConcurrency, cancellationToken))
            {
                if (PageGuard.Check(Dataset, page, walk.Above ?? probe, last) is { } warning)
                {
                    Warn(warning);
                    yield break;
                }

                NotePlainOrder(page, previous: null);
                walk.Record(page);
                if (Emit(page) is { } batch)
                {
                    yield return batch;
                }
            }
        }
    }
}
