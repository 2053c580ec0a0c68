namespace Qtickets.Simulator.Webhooks;

/// <summary>
/// What the simulator's webhook deliveries did so far. Latency is from the order change (before the API answered)
/// to the receiver's HTTP 200, over the last <see cref="LatencySamples"/> deliveries; null before the first one.
/// </summary>
public sealed record WebhookStats(
    long Queued,
    long Attempts,
    long Delivered,
    long Retries,
    long GaveUp,
    long Dropped,
    int Outstanding,
    int LatencySamples,
    double? LatencyP50Ms,
    double? LatencyP95Ms,
    double? LatencyMaxMs)
{
    public static WebhookStats None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, null, null, null);
}
