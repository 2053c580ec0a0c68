using System.Text;
using System.Text.RegularExpressions;

namespace Qtickets.Api.Http;

/// <summary>
/// A short, single-line preview of an answer body for error messages: HTML tags dropped, whitespace collapsed, control
/// characters shown rather than obeyed (the body came from outside, see <see cref="OutsideText"/>). A preview that
/// does not show the whole body ends in <c>…</c>, which also tells the redactor where a secret may have been cut.
/// </summary>
internal static partial class BodyPreview
{
    public const int MaxLength = 200;

    public static string Of(ReadOnlySpan<byte> body, string? mediaType)
    {
        if (body.IsEmpty)
        {
            return "(empty body)";
        }

        var cut = body.Length > MaxLength * 8;
        var text = Encoding.UTF8.GetString(cut ? body[..(MaxLength * 8)] : body);
        if (LooksLikeHtml(text, mediaType))
        {
            text = Tags().Replace(text, " ");
        }

        text = OutsideText.OneLine(Whitespace().Replace(text, " ").Trim());
        if (text.Length == 0)
        {
            return "(blank body)";
        }

        return text.Length <= MaxLength ? (cut ? text + "…" : text) : string.Concat(text.AsSpan(0, MaxLength), "…");
    }

    private static bool LooksLikeHtml(string text, string? mediaType) =>
        (mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false) ||
        text.TrimStart().StartsWith('<');

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
