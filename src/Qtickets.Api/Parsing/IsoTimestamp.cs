namespace Qtickets.Api.Parsing;

/// <summary>
/// The API's own timestamp form, strictly: <c>yyyy-MM-ddTHH:mm:ss</c> (a space instead of <c>T</c> is accepted),
/// optional fractions of a second, then an offset: <c>Z</c>, <c>+hh:mm</c>, <c>+hhmm</c> or <c>+hh</c>. Read straight
/// from UTF-8. Anything else, an impossible date included, is not a timestamp: <c>03.10.2026 12:00:00</c> is never
/// guessed into 10 March, and a time without an offset is never guessed into a zone.
/// </summary>
internal static class IsoTimestamp
{
    private const int MaxOffsetMinutes = 14 * 60;

    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] is not ((byte)'T' or (byte)' ') || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day) ||
            !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        var rest = text[19..];
        var ticks = 0L;
        if (rest[0] == '.' && !TryFraction(ref rest, out ticks))
        {
            return false;
        }

        if (!TryOffset(rest, out var offset) || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // 0001-01-01T00:00:00+03:00 lies before what DateTimeOffset can hold in UTC
        }
    }

    /// <summary>Reads <c>.f</c> to <c>.fffffff</c> (more digits are allowed and ignored) and moves past them.</summary>
    private static bool TryFraction(ref ReadOnlySpan<byte> rest, out long ticks)
    {
        ticks = 0;
        var digits = 1;
        while (digits < rest.Length && rest[digits] is >= (byte)'0' and <= (byte)'9')
        {
            digits++;
        }

        if (digits == 1)
        {
            return false;
        }

        for (var index = 1; index < 8; index++)
        {
            ticks = ticks * 10 + (index < digits ? rest[index] - '0' : 0);
        }

        rest = rest[digits..];
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length == 1 && text[0] is (byte)'Z' or (byte)'z')
        {
            return true;
        }

        if (text.Length is not (3 or 5 or 6) || text[0] is not ((byte)'+' or (byte)'-'))
        {
            return false;
        }

        var minutesText = text.Length switch { 6 when text[3] == ':' => text.Slice(4, 2), 5 => text.Slice(3, 2), 3 => "00"u8, _ => [] };
        if (minutesText.Length != 2 || !TryDigits(text.Slice(1, 2), out var hours) || !TryDigits(minutesText, out var minutes) ||
            minutes > 59 || hours * 60 + minutes > MaxOffsetMinutes)
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
}
