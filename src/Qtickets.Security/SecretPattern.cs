using System.Text;
using System.Text.RegularExpressions;

namespace Qtickets.Security;

/// <summary>The two expressions that find one secret: whole, in any of its forms, and cut off at the end of a preview.</summary>
internal sealed class SecretPattern
{
    // A form starts where no letter, digit or underscore runs into it; an escape (\n, \/, \u00XX, %XX, &#..;) counts
    // as a separator even though it ends in a letter or digit.
    private const string StartsAlone = @"(?:(?<![\p{L}\p{N}_])|(?<=%[0-9A-Fa-f]{2})|(?<=\\[bfnrt/""])|(?<=\\u[0-9A-Fa-f]{4})|(?<=&\#?[0-9A-Za-z]+;))";
    private const string EndsAlone = @"(?![\p{L}\p{N}_])";

    // What a cut may leave of a form's last character (half an escape), then the mark a preview ends with.
    private const string CutMark = @"(?:\\+u?[0-9A-Fa-f]{0,3}|%(?:25)*[0-9A-Fa-f]?|&\#?[xX]?[0-9A-Fa-f]*)?(?=(?:…|\.\.\.)$)";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly Regex _whole;
    private readonly Regex _cut;
    private readonly string _fingerprint;

    private SecretPattern(Regex whole, Regex cut, string fingerprint)
    {
        _whole = whole;
        _cut = cut;
        _fingerprint = fingerprint;
    }

    public static SecretPattern Create(string secret)
    {
        var runes = secret.EnumerateRunes().Select(EncodedForms.Pattern).ToList();
        var body = string.Concat(runes);
        var whole = secret.Length < SecretRedactor.WholeWordBelow ? StartsAlone + body + EndsAlone : body;
        return new SecretPattern(
            new Regex(whole, RegexOptions.CultureInvariant, MatchTimeout),
            new Regex(StartsAlone + NestedPrefixes(runes) + CutMark, RegexOptions.CultureInvariant, MatchTimeout),
            SecretFingerprint.Of(secret));
    }

    public string Apply(string text)
    {
        text = _whole.Replace(text, _fingerprint);
        return text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal) ? _cut.Replace(text, "***") : text;
    }

    /// <summary><c>R1(?:R2(?:R3)?)?</c>: the secret's first character, then as many of the next ones as are there.</summary>
    private static string NestedPrefixes(IReadOnlyList<string> runes)
    {
        var pattern = new StringBuilder(runes[0]);
        for (var i = 1; i < runes.Count; i++)
        {
            pattern.Append("(?:").Append(runes[i]);
        }

        return pattern.Append(string.Concat(Enumerable.Repeat(")?", runes.Count - 1))).ToString();
    }
}
