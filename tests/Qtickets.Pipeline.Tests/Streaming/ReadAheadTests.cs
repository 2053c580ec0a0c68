using System.Runtime.CompilerServices;
using Qtickets.Api.Errors;
using Qtickets.Pipeline.Streaming;

namespace Qtickets.Pipeline.Tests.Streaming;

public sealed class ReadAheadTests : IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task Items_arrive_in_order_and_all_of_them()
    {
        var seen = new List<int>();
        await foreach (var item in ReadAhead.BufferAsync(Numbers(1_000, produced: null), capacity: 7, _timeout.Token))
        {
            seen.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 1_000), seen);
    }

    [Fact]
    public async Task The_source_reads_ahead_while_the_consumer_works_but_no_further_than_the_capacity()
    {
        var produced = new Counter();
        var ct = _timeout.Token;
        await using var items = ReadAhead.BufferAsync(Numbers(100, produced), capacity: 5, ct).GetAsyncEnumerator(ct);
        Assert.True(await items.MoveNextAsync());

        // The consumer holds item 0 and does nothing: the reader fills the buffer (5) and waits with one more in hand.
        await WaitUntilAsync(() => produced.Value >= 7, ct);
        await Task.Delay(200, ct);
        Assert.Equal(7, produced.Value);
    }

    [Fact]
    public async Task The_bound_is_the_weight_held_not_the_number_of_items()
    {
        var produced = new Counter();
        var ct = _timeout.Token;
        await using var items = ReadAhead.BufferAsync(Numbers(100, produced), capacity: 25, weight: _ => 10, ct).GetAsyncEnumerator(ct);
        Assert.True(await items.MoveNextAsync());

        // Pages of 10 orders, room for 25: items 1 to 3 are held (30, the third taken while 20 < 25), item 4 waits in
        // the reader's hand; a bound of items would have read 27 ahead.
        await WaitUntilAsync(() => produced.Value >= 5, ct);
        await Task.Delay(200, ct);
        Assert.Equal(5, produced.Value);

        // Taking one item frees its weight: exactly one more is read.
        Assert.True(await items.MoveNextAsync());
        await WaitUntilAsync(() => produced.Value >= 6, ct);
        await Task.Delay(200, ct);
        Assert.Equal(6, produced.Value);
    }

    [Fact]
    public async Task A_failure_of_the_source_reaches_the_consumer_after_the_items_before_it_as_it_was_thrown()
    {
        var seen = new List<int>();
        var failure = await Assert.ThrowsAsync<QticketsWalkIncompleteException>(async () =>
        {
            await foreach (var item in ReadAhead.BufferAsync(FailingAfter(3), capacity: 2, _timeout.Token))
            {
                seen.Add(item);
            }
        });

        Assert.Equal([0, 1, 2], seen);
        Assert.Equal((3L, 10L), (failure.RecordsRead, failure.RecordsExpected));
    }

    [Fact]
    public async Task A_consumer_that_stops_early_cancels_the_source_and_waits_for_it()
    {
        var finished = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await foreach (var item in ReadAhead.BufferAsync(Endless(finished), capacity: 3, _timeout.Token))
        {
            if (item == 10)
            {
                break;
            }
        }

        Assert.True(finished.Task.IsCompleted, "the source still ran after the loop returned");
        Assert.True(await finished.Task, "the source was not cancelled");
    }

    [Fact]
    public async Task Cancelling_the_consumer_cancels_the_read()
    {
        using var cancel = new CancellationTokenSource();
        var finished = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in ReadAhead.BufferAsync(Endless(finished), capacity: 3, cancel.Token))
            {
                if (item == 5)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.True(await finished.Task.WaitAsync(TimeSpan.FromSeconds(10), _timeout.Token));
    }

    [Fact]
    public async Task A_capacity_below_one_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in ReadAhead.BufferAsync(Numbers(1, null), capacity: 0, _timeout.Token))
            {
            }
        });
    }

    private static async IAsyncEnumerable<int> Numbers(int count, Counter? produced, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            produced?.Increment();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> FailingAfter(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in Numbers(count, null, cancellationToken))
        {
            yield return item;
        }

        throw new QticketsWalkIncompleteException("orders", count, 10, page: 4, "an empty page", "GET /orders");
    }

    private static async IAsyncEnumerable<int> Endless(TaskCompletionSource<bool> finished, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                await Task.Delay(1, CancellationToken.None);
                if (cancellationToken.IsCancellationRequested)
                {
                    finished.TrySetResult(true);
                    yield break;
                }

                yield return i;
            }
        }
        finally
        {
            finished.TrySetResult(cancellationToken.IsCancellationRequested);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    private sealed class Counter
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);
    }
}
