using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Qtickets.Configuration;
using Qtickets.Webhooks.Batching;
using Qtickets.Webhooks.Metrics;
using Qtickets.TestUtilities.Webhooks;

namespace Qtickets.Webhooks.Tests.Batching;

/// <summary>The batching logic in memory, its window on a fake clock.</summary>
public sealed class OrderChangeBatcherTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryOrderApplier _applier = new();
    private readonly ListenerMetrics _metrics;
    private OrderChangeBatcher? _sut;

    public OrderChangeBatcherTests()
    {
        _metrics = new ListenerMetrics(_time);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sut is not null)
        {
            await _sut.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_first_order_waits_the_window_of_the_time_provider_for_others()
    {
        var sut = CreateSut(window: TimeSpan.FromMilliseconds(200));

        var first = sut.SubmitAsync(Order(1), _time.GetTimestamp());
        await Task.Delay(100);
        var second = sut.SubmitAsync(Order(2), _time.GetTimestamp());
        var waited = await AdvanceUntilAsync(() => first.IsCompleted);

        Assert.InRange(waited, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400));
        Assert.Equal(2, Assert.Single(_applier.Batches).Count);
        Assert.Equal(OrderApplyStatus.Applied, (await second).Status);
    }

    [Fact]
    public async Task An_order_that_waited_the_window_while_the_batch_before_was_stored_is_applied_without_waiting_again()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _applier.Hold = release.Task;
        var sut = CreateSut(window: TimeSpan.FromMilliseconds(200));
        _ = sut.SubmitAsync(Order(1), _time.GetTimestamp());
        await AdvanceUntilAsync(() => _applier.Batches.Count == 1);

        var second = sut.SubmitAsync(Order(2), _time.GetTimestamp());
        _time.Advance(TimeSpan.FromMilliseconds(300));
        release.SetResult();

        // The fake clock stands still from here on: the second order's window ran out while the first batch was stored.
        Assert.Equal(OrderApplyStatus.Applied, (await second.WaitAsync(TimeSpan.FromSeconds(20))).Status);
        Assert.Equal(2, _applier.Batches.Count);
    }

    [Fact]
    public async Task An_order_that_waited_part_of_the_window_waits_only_the_rest()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _applier.Hold = release.Task;
        var sut = CreateSut(window: TimeSpan.FromMilliseconds(200));
        _ = sut.SubmitAsync(Order(1), _time.GetTimestamp());
        await AdvanceUntilAsync(() => _applier.Batches.Count == 1);

        var second = sut.SubmitAsync(Order(2), _time.GetTimestamp());
        _time.Advance(TimeSpan.FromMilliseconds(150));
        release.SetResult();
        await Task.Delay(200);
        Assert.False(second.IsCompleted, "the second order did not wait the rest of its window");
        var waited = await AdvanceUntilAsync(() => second.IsCompleted);

        Assert.InRange(waited, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(150));
    }

    [Fact]
    public async Task Nothing_is_applied_while_the_fake_clock_stands_still()
    {
        var sut = CreateSut(window: TimeSpan.FromMilliseconds(200));

        var pending = sut.SubmitAsync(Order(1), _time.GetTimestamp());
        await Task.Delay(500);

        Assert.False(pending.IsCompleted);
        Assert.Empty(_applier.Batches);
    }

    [Fact]
    public async Task A_batch_closes_as_soon_as_it_is_full()
    {
        var sut = CreateSut(window: TimeSpan.FromHours(1), maxBatch: 3);

        var results = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => sut.SubmitAsync(Order(i), _time.GetTimestamp()))).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.All(results, r => Assert.Equal(OrderApplyStatus.Applied, r.Status));
        Assert.Equal(3, Assert.Single(_applier.Batches).Count);
    }

    [Fact]
    public async Task Draining_applies_what_is_queued_without_waiting_for_the_window_and_then_refuses_new_orders()
    {
        var sut = CreateSut(window: TimeSpan.FromHours(1));
        var queued = sut.SubmitAsync(Order(1), _time.GetTimestamp());

        await sut.DrainAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
        var late = await sut.SubmitAsync(Order(2), _time.GetTimestamp());

        Assert.Equal(OrderApplyStatus.Applied, (await queued).Status);
        Assert.Equal(OrderApplyStatus.Refused, late.Status);
        Assert.Single(_applier.Batches);
    }

    [Fact]
    public async Task The_latency_from_receipt_to_stored_is_measured_on_the_time_provider()
    {
        var sut = CreateSut(window: TimeSpan.Zero);
        var received = _time.GetTimestamp();
        _time.Advance(TimeSpan.FromMilliseconds(750));

        await sut.SubmitAsync(Order(1), received).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(750, Assert.Single(_metrics.Totals.LatenciesMs), precision: 3);
    }

    [Fact]
    public async Task Orders_beyond_the_queue_capacity_are_refused_at_once()
    {
        _applier.Hold = new TaskCompletionSource().Task;
        var sut = CreateSut(window: TimeSpan.Zero, capacity: 1);
        _ = sut.SubmitAsync(Order(1), _time.GetTimestamp());
        await _applier.Entered.WaitAsync(TimeSpan.FromSeconds(20));
        _ = sut.SubmitAsync(Order(2), _time.GetTimestamp());

        var refused = await sut.SubmitAsync(Order(3), _time.GetTimestamp());

        Assert.Equal(OrderApplyStatus.Refused, refused.Status);
    }

    private OrderChangeBatcher CreateSut(TimeSpan window, int maxBatch = 500, int capacity = 10_000)
    {
        var options = new WebhookListenerOptions { Secret = new Secret("s"), BatchWindow = window, MaxBatch = maxBatch, QueueCapacity = capacity };
        _sut = new OrderChangeBatcher(_applier, options, _time, _metrics, NullLogger.Instance);
        return _sut;
    }

    /// <summary>Moves the fake clock in 10 ms steps (letting the loop run in between) until the condition holds; returns how far it moved.</summary>
    private async Task<TimeSpan> AdvanceUntilAsync(Func<bool> condition)
    {
        var moved = TimeSpan.Zero;
        while (!condition())
        {
            Assert.True(moved < TimeSpan.FromSeconds(10), "the batch never closed");
            _time.Advance(TimeSpan.FromMilliseconds(10));
            moved += TimeSpan.FromMilliseconds(10);
            await Task.Delay(5);
        }

        return moved;
    }

    private ReceivedOrder Order(long id) => new(Signed.Order(id), OrderEventType.Payed, _time.GetUtcNow());
}
