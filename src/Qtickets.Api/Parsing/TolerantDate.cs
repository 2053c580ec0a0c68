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

    /// <summary>
    /// The shape every observed API timestamp has, <c>yyyy-MM-ddTHH:mm:ss</c> followed by <c>+hh:mm</c>, <c>-hh:mm</c>
    /// or <c>Z</c>, read straight from UTF-8 without a string. Anything else (or an impossible date) returns false and
    /// goes through <see cref="Parse"/>, so an accepted value always equals what <see cref="Parse"/> gives.
    /// </summary>
    public static bool TryParseIso(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length is not (20 or 25) || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        if (text.Length == 20 ? text[19] != 'Z' : !TryOffset(text[19..], out offset))
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day) ||
            !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        if (year is < 1900 or > 9000 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        return true;
    }

    public static DateTimeOffset? FromUnixSeconds(long seconds) =>
        seconds is > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(MoscowTime.Offset) : null;

    /// <summary><c>+hh:mm</c> or <c>-hh:mm</c> up to 14 hours, the range <see cref="DateTimeOffset"/> accepts.</summary>
    private static bool TryOffset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = default;
        if (text[0] is not ((byte)'+' or (byte)'-') || text[3] != ':' || !TryDigits(text.Slice(1, 2), out var hours) || !TryDigits(text.Slice(4, 2), out var minutes) ||
            minutes > 59 || hours * 60 + minutes > 14 * 60)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        offset = text[0] == '-' ? -offset : offset;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = value * 10 + (digit - '0');
        }

        return true;
    }

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
