using System.Buffers;
using System.Globalization;
using System.Text;

namespace Qtickets.Security;

/// <summary>
/// Makes text that came from outside (API answers, fixture files, ClickHouse errors) safe to put in front of a
/// person: control characters that a terminal, a log viewer or a text editor would obey are shown instead. C0
/// controls, DEL and C1 controls become <c>\x1B</c>; the bidirectional overrides, embeddings, isolates and marks,
/// which reorder what is shown (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), become <c>\u202E</c>. So
/// <c>ESC[2J</c> shows as <c>\x1B[2J</c> and clears nothing. Text without such characters comes back unchanged.
/// </summary>
public static class OutsideText
{
    // Every character that is ever cleaned; a vectorised search finds the first (clean text, the usual case, costs
    // one pass and no allocation).
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) +
        string.Concat(Enumerable.Range(0x7f, 0x21).Select(c => (char)c)) +
        "\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

    /// <summary>For one line (an error message, a table cell): line breaks and tabs become spaces.</summary>
    public static string OneLine(string? text) => Clean(text ?? string.Empty, keepLines: false);

    /// <summary>For output that has lines (a log stream, a console): line feeds, CR LF pairs and tabs stay.</summary>
    public static string KeepingLines(string text) => Clean(text, keepLines: true);

    private static string Clean(string text, bool keepLines)
    {
        var first = FirstToClean(text, keepLines);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsCleaning(text, i, keepLines))
            {
                clean.Append(c);
            }
            else if (!keepLines && c is '\t' or '\n' or '\r' or '\u2028' or '\u2029')
            {
                clean.Append(' ');
            }
            else
            {
                clean.Append(Visible(c));
            }
        }

        return clean.ToString();
    }

    private static int FirstToClean(string text, bool keepLines)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(Suspects);
            if (found < 0)
            {
                return -1;
            }

            if (NeedsCleaning(text, from + found, keepLines))
            {
                return from + found;
            }

            from += found + 1;
        }

        return -1;
    }

    private static bool NeedsCleaning(string text, int index, bool keepLines)
    {
        var c = text[index];
        if (keepLines && (c is '\n' or '\t' || (c == '\r' && index + 1 < text.Length && text[index + 1] == '\n')))
        {
            return false;
        }

        return c < ' ' || c is >= '\u007f' and <= '\u009f' || IsLayoutControl(c);
    }

    private static bool IsLayoutControl(char c) =>
        c is '\u061c' or '\u200e' or '\u200f' or '\u2028' or '\u2029' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    private static string Visible(char c) => c <= '\u009f'
        ? string.Create(CultureInfo.InvariantCulture, $@"\x{(int)c:X2}")
        : string.Create(CultureInfo.InvariantCulture, $@"\u{(int)c:X4}");
}
