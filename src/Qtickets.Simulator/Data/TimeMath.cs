namespace Qtickets.Simulator.Data;

/// <summary>Unix-second arithmetic in a fixed UTC offset.</summary>
internal static class TimeMath
{
    public const long Minute = 60;
    public const long Hour = 3_600;
    public const long Day = 86_400;

    /// <summary>Moscow time, the zone of the organiser's account and of every order timestamp.</summary>
    public static readonly TimeSpan Moscow = TimeSpan.FromHours(3);

    /// <summary>The instant of <paramref name="hour"/>:<paramref name="minute"/> local time on the local day of <paramref name="instant"/>.</summary>
    public static long AtLocalTime(long instant, TimeSpan offset, int hour, int minute)
    {
        var offsetSeconds = (long)offset.TotalSeconds;
        var localDayStart = FloorDiv(instant + offsetSeconds, Day) * Day;
        return localDayStart + (hour * Hour) + (minute * Minute) - offsetSeconds;
    }

    /// <summary>Local hour of day (0..23) of an instant.</summary>
    public static int LocalHour(long instant, TimeSpan offset)
    {
        var local = instant + (long)offset.TotalSeconds;
        return (int)(FloorMod(local, Day) / Hour);
    }

    public static DateTimeOffset ToOffset(long instant, TimeSpan offset) =>
        DateTimeOffset.FromUnixTimeSeconds(instant).ToOffset(offset);

    private static long FloorDiv(long value, long divisor) =>
        value >= 0 ? value / divisor : ((value + 1) / divisor) - 1;

    private static long FloorMod(long value, long divisor) => value - (FloorDiv(value, divisor) * divisor);
}
