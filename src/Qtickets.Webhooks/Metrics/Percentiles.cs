namespace Qtickets.Webhooks.Metrics;

/// <summary>Nearest-rank percentiles of latencies in milliseconds.</summary>
public static class Percentiles
{
    /// <summary>The smallest sample with at least <paramref name="share"/> of the samples at or below it; null when there are none.</summary>
    public static double? Of(IReadOnlyList<double> sorted, double share)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
