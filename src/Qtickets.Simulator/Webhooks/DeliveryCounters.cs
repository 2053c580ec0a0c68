namespace Qtickets.Simulator.Webhooks;

/// <summary>Thread-safe counts of the deliveries and the latencies of the last <see cref="SampleCapacity"/> of them.</summary>
internal sealed class DeliveryCounters
{
    public const int SampleCapacity = 10_000;
    private readonly Lock _gate = new();
    private readonly double[] _latenciesMs = new double[SampleCapacity];
    private long _queued;
    private long _attempts;
    private long _delivered;
    private long _retries;
    private long _gaveUp;
    private long _dropped;
    private int _samples;
    private int _next;

    public void Queued() => Interlocked.Increment(ref _queued);

    public void Attempted() => Interlocked.Increment(ref _attempts);

    public void Retried() => Interlocked.Increment(ref _retries);

    public void GaveUp() => Interlocked.Increment(ref _gaveUp);

    public void Dropped() => Interlocked.Increment(ref _dropped);

    public void Delivered(TimeSpan latency)
    {
        Interlocked.Increment(ref _delivered);
        lock (_gate)
        {
            _latenciesMs[_next] = latency.TotalMilliseconds;
            _next = (_next + 1) % SampleCapacity;
            _samples = Math.Min(_samples + 1, SampleCapacity);
        }
    }

    public WebhookStats Snapshot(int outstanding)
    {
        double[] sorted;
        lock (_gate)
        {
            sorted = _latenciesMs[.._samples];
        }

        Array.Sort(sorted);
        return new WebhookStats(
            Interlocked.Read(ref _queued),
            Interlocked.Read(ref _attempts),
            Interlocked.Read(ref _delivered),
            Interlocked.Read(ref _retries),
            Interlocked.Read(ref _gaveUp),
            Interlocked.Read(ref _dropped),
            outstanding,
            sorted.Length,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            sorted.Length == 0 ? null : sorted[^1]);
    }

    /// <summary>Nearest rank: the smallest sample with at least <paramref name="share"/> of the samples at or below it.</summary>
    private static double? Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
