using System.Collections.Concurrent;

namespace Qtickets.TestUtilities.Time;

/// <summary>
/// A clock for tests of delays: every timer asked for is recorded with its due time and then fires at once, so
/// code that waits (retry back-off, Retry-After) runs instantly while tests assert on the delays it asked for.
/// The wall clock is a fixed <see cref="Now"/> that moves forward by each recorded delay.
/// Do not use it with timeouts that must not fire: every finite timer fires immediately.
/// </summary>
public sealed class InstantTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private long _elapsedTicks;

    public InstantTimeProvider(DateTimeOffset now)
    {
        Now = now;
    }

    public InstantTimeProvider()
        : this(new DateTimeOffset(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(3)))
    {
    }

    /// <summary>The start of the fake wall clock.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Every finite timer due time asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays => [.. _delays];

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime().AddTicks(Interlocked.Read(ref _elapsedTicks));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return System.CreateTimer(callback, state, dueTime, Timeout.InfiniteTimeSpan);
        }

        _delays.Enqueue(dueTime);
        Interlocked.Add(ref _elapsedTicks, dueTime.Ticks);
        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
