using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Polly;

namespace Qtickets.Simulator.Webhooks;

/// <summary>
/// Delivers order webhooks in the background as QTickets does: POST of the order JSON, signed, retried after
/// n^3 seconds (through the injected <see cref="TimeProvider"/>) until the receiver answers HTTP 200 or the retries
/// are spent. <see cref="TryEnqueue"/> never waits, so the API's answer never waits for a receiver.
/// Invariant: <c>_outstanding</c> counts every accepted message until its delivery ends, which is what bounds the
/// queue (a retry waiting for its delay holds no connection and no slot, but it still counts).
/// </summary>
internal sealed partial class WebhookDispatcher : IAsyncDisposable
{
    private readonly WebhookOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly byte[] _key;
    private readonly Channel<WebhookMessage> _queue = Channel.CreateUnbounded<WebhookMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<WebhookMessage, Task> _deliveries = new(ReferenceEqualityComparer.Instance);
    private readonly DeliveryCounters _counters = new();
    private readonly ResiliencePipeline<bool> _retries;
    private readonly Task _pump;
    private int _outstanding;
    private int _disposed;

    public WebhookDispatcher(WebhookOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _retries = BuildRetries();
        _key = Encoding.UTF8.GetBytes(options.Secret);
        _slots = new SemaphoreSlim(options.MaxConcurrentDeliveries);
        // No proxy: the receiver is on loopback, and an http_proxy in the environment must not reroute it.
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = options.AttemptTimeout })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _pump = Task.Run(PumpAsync);
    }

    public WebhookStats Stats => _counters.Snapshot(Volatile.Read(ref _outstanding));

    /// <summary>Queues one webhook; false (and counted as dropped) when <see cref="WebhookOptions.QueueCapacity"/> deliveries are outstanding.</summary>
    public bool TryEnqueue(string eventType, int orderId, ReadOnlyMemory<byte> body)
    {
        if (Interlocked.Increment(ref _outstanding) > _options.QueueCapacity)
        {
            return Drop();
        }

        var message = new WebhookMessage(eventType, orderId, body, Sign(body.Span), _time.GetTimestamp());
        if (!_queue.Writer.TryWrite(message))
        {
            // Disposed meanwhile: nothing will deliver it.
            return Drop();
        }

        _counters.Queued();
        return true;
    }

    /// <summary>Lower-case hex HMAC-SHA1 of the raw body with the shared secret, as QTickets' <c>X-Signature</c>.</summary>
    public string Sign(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(HMACSHA1.HashData(_key, body));

    /// <summary>Stops: queued deliveries and pending retries are abandoned (the simulator is going away).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
        await Task.WhenAll(_deliveries.Values).ConfigureAwait(false);
        _http.Dispose();
        _slots.Dispose();
        _stop.Dispose();
    }

    private bool Drop()
    {
        Interlocked.Decrement(ref _outstanding);
        _counters.Dropped();
        return false;
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                var delivery = DeliverAsync(message, _stop.Token);
                _deliveries[message] = delivery;
                // Removed by a continuation, so never before it was added.
                _ = delivery.ContinueWith(_ => _deliveries.TryRemove(message, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: whatever is still queued is abandoned.
        }
    }
}
