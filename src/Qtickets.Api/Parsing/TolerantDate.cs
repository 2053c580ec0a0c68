using System.Globalization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Parses API timestamps: ISO 8601 with an offset or <c>Z</c> keeps that offset; a timestamp without one
/// (<c>2025-11-03 12:00:00</c>) is Moscow time; empty strings and MySQL zero dates are null. Invariant culture.
/// </summary>
internal static class TolerantDate
{
    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces;

    public static DateTimeOffset? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || value.StartsWith("0000-00-00", StringComparison.Ordinal))
        {
            return null;
        }

        if (HasOffset(value))
        {
            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, Styles, out var withOffset) ? withOffset : null;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, Styles, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), MoscowTime.Offset)
            : null;
    }

    public static DateTimeOffset? FromUnixSeconds(long seconds) =>
        seconds is > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(MoscowTime.Offset) : null;

    /// <summary>An offset is a trailing Z, or a sign after the time part (dates contain '-' before it).</summary>
    private static bool HasOffset(string value)
    {
        if (value.EndsWith('Z') || value.EndsWith('z'))
        {
            return true;
        }

        var timeStart = value.IndexOfAny(['T', 't', ' ']);
        return timeStart > 0 && value.IndexOfAny(['+', '-'], timeStart) > 0;
    }
}
