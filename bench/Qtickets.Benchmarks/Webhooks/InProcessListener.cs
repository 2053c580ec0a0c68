using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.ClickHouse;
using Qtickets.Configuration;
using Qtickets.Webhooks;
using Qtickets.Webhooks.Metrics;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>The product's <see cref="WebhookListener"/> in this process, with the <see cref="AcknowledgingApplier"/>.</summary>
internal sealed class InProcessListener : IListenerUnderTest
{
    private readonly WebhookListener _listener;

    private InProcessListener(WebhookListener listener)
    {
        _listener = listener;
    }

    public Uri WebhookUri => _listener.WebhookUri;

    public string Description =>
        "in-process WebhookListener with no applier wired (acknowledges at once, stores nothing): receipt-to-answer is the listener's own cost";

    public static async Task<InProcessListener> StartAsync(string secret, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        var options = new WebhookListenerOptions { Port = 0, Secret = new Secret(secret) };
        var listener = await WebhookListener.StartAsync(options, new AcknowledgingApplier(), clickHouse, NullLoggerFactory.Instance, TimeProvider.System, cancellationToken)
            .ConfigureAwait(false);
        return new InProcessListener(listener);
    }

    public async Task<ListenerLatency> StopAsync(CancellationToken cancellationToken)
    {
        await _listener.StopAsync(cancellationToken).ConfigureAwait(false);
        var totals = _listener.Metrics.Totals;
        return new ListenerLatency(totals[WebhookCounter.Applied], totals[WebhookCounter.Refused], totals.LatencyP50Ms, totals.LatencyP95Ms);
    }

    public ValueTask DisposeAsync() => _listener.DisposeAsync();
}
