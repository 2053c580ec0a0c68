namespace Qtickets.Webhooks.Metrics;

/// <summary>What the listener did between two reports: counts by <see cref="WebhookCounter"/> and receipt-to-stored latencies (ms, sorted).</summary>
public sealed record ListenerPeriod(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<long> Counts, IReadOnlyList<double> LatenciesMs)
{
    public long this[WebhookCounter counter] => Counts[(int)counter];

    public double? LatencyP50Ms => Percentiles.Of(LatenciesMs, 0.50);

    public double? LatencyP95Ms => Percentiles.Of(LatenciesMs, 0.95);
}
