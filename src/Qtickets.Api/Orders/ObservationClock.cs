namespace Qtickets.Api.Orders;

/// <summary>
/// Stamps order answers with the moment they were read, strictly increasing within a run (whole microseconds, one
/// more than the last stamp when the clock has not moved on). A stamp is the row version of every order read from
/// that answer, so of two copies of an order read in one run, the later fetch always wins. Thread-safe: pages are
/// fetched concurrently.
/// </summary>
internal sealed class ObservationClock(TimeProvider time)
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;
    private long _lastTicks;

    public DateTimeOffset Next()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastTicks);
            var now = time.GetUtcNow().UtcTicks / TicksPerMicrosecond * TicksPerMicrosecond;
            var next = Math.Max(now, last + TicksPerMicrosecond);
            if (Interlocked.CompareExchange(ref _lastTicks, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }
}
