using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator.Data;

/// <summary>
/// New sales while the simulator runs (<see cref="SimulatorOptions.LiveSalesPerMinute"/>): each is an order created
/// and paid now, appended to the index (so <c>/orders</c> lists it at once) and announced as QTickets would, with a
/// <c>created</c> and a <c>payed</c> webhook. The pace follows the injected <see cref="TimeProvider"/>; a late tick
/// catches up, so the count matches the rate over any stretch of time.
/// </summary>
internal sealed class LiveSales : IAsyncDisposable
{
    private static readonly TimeSpan MinimumTick = TimeSpan.FromMilliseconds(10);
    private readonly Dataset _data;
    private readonly OrderDetailsGenerator _generator;
    private readonly OrderChangeFeed _feed;
    private readonly int _perMinute;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _made;
    private int _disposed;

    public LiveSales(Dataset data, OrderDetailsGenerator generator, OrderChangeFeed feed, int perMinute, TimeProvider time)
    {
        _data = data;
        _generator = generator;
        _feed = feed;
        _perMinute = perMinute;
        _time = time;
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    /// <summary>Sales made so far.</summary>
    public long Made => Interlocked.Read(ref _made);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var tick = TimeSpan.FromMinutes(1.0 / _perMinute);
        tick = tick < MinimumTick ? MinimumTick : tick;
        try
        {
            while (true)
            {
                await Task.Delay(tick, _time, cancellationToken).ConfigureAwait(false);
                var due = (long)(_time.GetElapsedTime(started).TotalMinutes * _perMinute);
                while (Made < due && !cancellationToken.IsCancellationRequested)
                {
                    Sell();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped with the simulator.
        }
    }

    private void Sell()
    {
        OrderDetails order;
        lock (_data.Overlay.Gate)
        {
            var index = _data.Orders;
            var position = index.Count;
            var random = DeterministicRandom.For(_data.Seed, RandomStream.OrderIndex, position);
            var last = position > 0 ? index.Ids[position - 1] : OrderIndexBuilder.FirstOrderId;
            var created = Math.Max(_time.GetUtcNow().ToUnixTimeSeconds(), position > 0 ? index.CreatedAt[position - 1] : 0);
            var show = _data.Picker.Pick(created, ref random);
            index.Append(last + 1, created, payedAt: created, show, OrderFlags.Payed);
            _data.Overlay.MarkAppended();
            order = _generator.Generate(position);
        }

        Interlocked.Increment(ref _made);
        _feed.Publish(order, WebhookEventTypes.Created);
        _feed.Publish(order, WebhookEventTypes.Payed);
    }
}
