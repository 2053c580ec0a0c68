namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// When each planned refund was sent (the API call started) and when the probe first saw it in the daily facts, as
/// <see cref="TimeProvider"/> timestamps; 0 = not yet. Written by the driver and the probe, read by both.
/// </summary>
internal sealed class RefundTimeline(int count, TimeProvider time)
{
    private readonly long[] _sent = new long[count];
    private readonly long[] _seen = new long[count];

    public int Count => count;

    public void Sent(int index) => Volatile.Write(ref _sent[index], time.GetTimestamp());

    public void Seen(int index, long timestamp) => Volatile.Write(ref _seen[index], timestamp);

    public bool WasSent(int index) => Volatile.Read(ref _sent[index]) != 0;

    public bool WasSeen(int index) => Volatile.Read(ref _seen[index]) != 0;

    public int SeenCount => Enumerable.Range(0, count).Count(WasSeen);

    /// <summary>API call to seen in the facts, in ms, of every refund seen.</summary>
    public IReadOnlyList<double> LatenciesMs() =>
        [.. Enumerable.Range(0, count).Where(WasSeen).Select(i => time.GetElapsedTime(_sent[i], _seen[i]).TotalMilliseconds)];
}
