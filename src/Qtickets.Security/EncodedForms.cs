using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Qtickets.Security;

/// <summary>
/// Every form one character of a secret can take in text a server sends back, as one regular-expression group.
/// Backslash runs stand for escaping nested in escaping (<c>\\\/</c> is a slash escaped twice).
/// </summary>
internal static class EncodedForms
{
    public static string Pattern(Rune rune)
    {
        var forms = new List<string>
        {
            Literal(rune),
            JsonUnicodeEscape(rune),
            PercentEncoded(rune),
            HtmlReference(rune),
        };
        if (JsonShortEscape(rune) is { } shortEscape)
        {
            forms.Add(shortEscape);
        }

        if (rune.Value == ' ')
        {
            forms.Add(@"\+");
        }

        return "(?:" + string.Join('|', forms) + ")";
    }

    /// <summary>The character itself; whitespace as any run of whitespace (previews collapse it).</summary>
    private static string Literal(Rune rune) =>
        Rune.IsWhiteSpace(rune) ? @"\s+" : Regex.Escape(rune.ToString());

    /// <summary><c>\u002F</c>, <c>\u002f</c>; a character outside the BMP as its surrogate pair.</summary>
    private static string JsonUnicodeEscape(Rune rune)
    {
        Span<char> units = stackalloc char[2];
        var count = rune.EncodeToUtf16(units);
        var pattern = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            pattern.Append(@"\\+u").Append(Hex(units[i], 4));
        }

        return pattern.ToString();
    }

    private static string? JsonShortEscape(Rune rune) => rune.Value switch
    {
        '/' => @"\\+/",
        '"' => @"\\+""",
        '\\' => @"\\+",
        '\b' => @"\\+b",
        '\f' => @"\\+f",
        '\n' => @"\\+n",
        '\r' => @"\\+r",
        '\t' => @"\\+t",
        _ => null,
    };

    /// <summary><c>%2F</c> or <c>%2f</c> per UTF-8 byte; <c>%252F</c> when encoded twice.</summary>
    private static string PercentEncoded(Rune rune)
    {
        Span<byte> bytes = stackalloc byte[4];
        var count = rune.EncodeToUtf8(bytes);
        var pattern = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            pattern.Append("%(?:25)*").Append(Hex(bytes[i], 2));
        }

        return pattern.ToString();
    }

    /// <summary><c>&amp;#47;</c>, <c>&amp;#x2F;</c>, and the named references of the five XML characters.</summary>
    private static string HtmlReference(Rune rune)
    {
        var numeric = string.Create(CultureInfo.InvariantCulture, $@"&\#(?:0*{rune.Value}|[xX]0*{Hex(rune.Value, 1)});");
        var named = rune.Value switch
        {
            '&' => "amp",
            '<' => "lt",
            '>' => "gt",
            '"' => "quot",
            '\'' => "apos",
            _ => null,
        };
        return named is null ? numeric : $"{numeric}|&{named};";
    }

    /// <summary>A hexadecimal number in either case, at least <paramref name="digits"/> digits: <c>2[fF]</c>.</summary>
    private static string Hex(int value, int digits)
    {
        var text = value.ToString("X" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var pattern = new StringBuilder();
        foreach (var c in text)
        {
            pattern.Append(char.IsLetter(c) ? $"[{c}{char.ToLowerInvariant(c)}]" : c.ToString());
        }

        return pattern.ToString();
    }
}
