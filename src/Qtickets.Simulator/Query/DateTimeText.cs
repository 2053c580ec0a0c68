using System.Globalization;
using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Query;

/// <summary>
/// Datetimes in filters: ISO 8601 with an offset (<c>2025-11-03T00:00:00+03:00</c>, or <c>Z</c>) compare
/// as instants; without an offset they are Moscow time, the account's zone. A '+' that arrived as a
/// space (an unencoded query string) is not repaired: the real server would not repair it either.
/// </summary>
internal static class DateTimeText
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private static readonly string[] WithoutOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>Unix seconds (with fraction) of the text, or false.</summary>
    public static bool TryParse(string text, out double unixSeconds)
    {
        unixSeconds = 0;
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            unixSeconds = Seconds(instant);
            return true;
        }

        if (DateTime.TryParseExact(trimmed, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            unixSeconds = Seconds(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeMath.Moscow));
            return true;
        }

        return false;
    }

    private static double Seconds(DateTimeOffset instant) =>
        (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerSecond;
}
