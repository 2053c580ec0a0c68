namespace Qtickets.Simulator.Json;

/// <summary>
/// Writes <c>yyyy-MM-ddTHH:mm:ss+hh:mm</c> as UTF-8 without a format string: tens of thousands of
/// timestamps go into a page of orders, and this is several times faster than a custom format.
/// </summary>
internal static class IsoTime
{
    public const int Length = 25;

    public static void Write(long unixSeconds, TimeSpan offset, Span<byte> destination)
    {
        var offsetMinutes = (int)offset.TotalMinutes;
        var local = DateTime.UnixEpoch.AddSeconds(unixSeconds + (offsetMinutes * 60L));
        Digits(destination, 0, local.Year, 4);
        destination[4] = (byte)'-';
        Digits(destination, 5, local.Month, 2);
        destination[7] = (byte)'-';
        Digits(destination, 8, local.Day, 2);
        destination[10] = (byte)'T';
        Digits(destination, 11, local.Hour, 2);
        destination[13] = (byte)':';
        Digits(destination, 14, local.Minute, 2);
        destination[16] = (byte)':';
        Digits(destination, 17, local.Second, 2);
        destination[19] = offsetMinutes < 0 ? (byte)'-' : (byte)'+';
        var absolute = Math.Abs(offsetMinutes);
        Digits(destination, 20, absolute / 60, 2);
        destination[22] = (byte)':';
        Digits(destination, 23, absolute % 60, 2);
    }

    private static void Digits(Span<byte> destination, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
