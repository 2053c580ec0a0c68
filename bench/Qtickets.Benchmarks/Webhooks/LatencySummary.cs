using Qtickets.Webhooks.Metrics;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>Nearest-rank p50, p95 and the maximum of latency samples in ms (the listener's own percentile rule).</summary>
internal sealed record LatencySummary(int Samples, double? P50Ms, double? P95Ms, double? MaxMs)
{
    public static LatencySummary From(IReadOnlyList<double> samplesMs)
    {
        var sorted = samplesMs.Order().ToList();
        return new LatencySummary(sorted.Count, Percentiles.Of(sorted, 0.50), Percentiles.Of(sorted, 0.95), sorted.Count == 0 ? null : sorted[^1]);
    }
}
