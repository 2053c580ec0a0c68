using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Qtickets.Webhooks.Metrics;

namespace Qtickets.Webhooks.Batching;

/// <summary>
/// Gathers webhooks that arrive close together into one applier call: the first one of a batch waits at most the
/// batching window (through the <see cref="TimeProvider"/>) for others, up to <see cref="WebhookListenerOptions.MaxBatch"/>.
/// One loop, so the applier never runs twice at once; every request awaits its own item's result.
/// Invariant: every submitted item's task completes, with the applier's result or a refusal, even when the applier
/// throws or answers the wrong number of results.
/// </summary>
internal sealed partial class OrderChangeBatcher : IAsyncDisposable
{
    private readonly IOrderChangeApplier _applier;
    private readonly WebhookListenerOptions _options;
    private readonly TimeProvider _time;
    private readonly ListenerMetrics _metrics;
    private readonly ILogger _logger;
    private readonly Channel<PendingOrder> _queue;
    private readonly CancellationTokenSource _abort = new();
    private readonly Task _loop;

    public OrderChangeBatcher(IOrderChangeApplier applier, WebhookListenerOptions options, TimeProvider time, ListenerMetrics metrics, ILogger logger)
    {
        _applier = applier;
        _options = options;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _queue = Channel.CreateBounded<PendingOrder>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues an order and completes with its result; refused at once when the queue is full or the listener stops.</summary>
    public Task<OrderApplyResult> SubmitAsync(ReceivedOrder order, long receivedTimestamp)
    {
        var pending = new PendingOrder(order, new TaskCompletionSource<OrderApplyResult>(TaskCreationOptions.RunContinuationsAsynchronously), receivedTimestamp);
        if (!_queue.Writer.TryWrite(pending))
        {
            _metrics.Count(WebhookCounter.Refused);
            return Task.FromResult(OrderApplyResult.Refused("the listener is busy or stopping; QTickets will retry"));
        }

        return pending.Result.Task;
    }

    /// <summary>Takes no more orders, applies those queued, and returns when the last batch is answered.</summary>
    /// <param name="cancellationToken">When it fires, the batch in hand is cancelled (and refused) instead of awaited.</param>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        using var abort = cancellationToken.Register(() => _abort.Cancel());
        await _loop.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _abort.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _abort.Dispose();
    }

    private async Task RunAsync()
    {
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var batch = await CollectAsync().ConfigureAwait(false);
            if (batch.Count > 0)
            {
                await ApplyAsync(batch).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The first order and whatever follows within the window (or until the batch is full, or no more can come). The
    /// window runs from the first order's receipt, not from now: an order that came while the batch before it was being
    /// stored has waited already, so under load batches follow each other without a pause, and no order waits longer
    /// than the window for others.
    /// </summary>
    private async Task<List<PendingOrder>> CollectAsync()
    {
        var batch = new List<PendingOrder>();
        if (!_queue.Reader.TryRead(out var first))
        {
            return batch;
        }

        batch.Add(first);
        var left = _options.BatchWindow - _time.GetElapsedTime(first.ReceivedTimestamp);
        using var window = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, _time);
        while (batch.Count < _options.MaxBatch)
        {
            if (_queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                continue;
            }

            try
            {
                if (!await _queue.Reader.WaitToReadAsync(window.Token).ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (window.IsCancellationRequested)
            {
                break;
            }
        }

        return batch;
    }
}
