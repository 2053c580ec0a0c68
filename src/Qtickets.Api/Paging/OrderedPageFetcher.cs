using System.Runtime.CompilerServices;

namespace Qtickets.Api.Paging;

/// <summary>
/// Fetches pages concurrently and yields them in the order given. Invariant: at most <c>maxInFlight</c> pages are
/// requested or waiting to be consumed at any time (a sliding window), so memory stays bounded however many pages
/// there are. When the consumer stops early or a page fails, the pages still in flight are cancelled and awaited.
/// </summary>
internal static class OrderedPageFetcher
{
    public static async IAsyncEnumerable<T> FetchAsync<T>(
        IEnumerable<int> pages,
        Func<int, CancellationToken, Task<T>> fetch,
        int maxInFlight,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var pending = pages.GetEnumerator();
        var window = new Queue<Task<T>>();
        try
        {
            Fill(window, pending, fetch, maxInFlight, stop.Token);
            while (window.Count > 0)
            {
                var page = await window.Dequeue().ConfigureAwait(false);
                Fill(window, pending, fetch, maxInFlight, stop.Token);
                yield return page;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);

            // The walk is over: results and failures of pages still in flight are unwanted, only their completion matters.
            await ((Task)Task.WhenAll(window)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static void Fill<T>(Queue<Task<T>> window, IEnumerator<int> pending, Func<int, CancellationToken, Task<T>> fetch, int maxInFlight, CancellationToken cancellationToken)
    {
        while (window.Count < maxInFlight && pending.MoveNext())
        {
            var page = pending.Current;

            // Task.Run: parsing a page is CPU work, so pages parse in parallel too, not only wait in parallel.
            window.Enqueue(Task.Run(() => fetch(page, cancellationToken), CancellationToken.None));
        }
    }
}
