namespace Qtickets.Security;

/// <summary>
/// Replaces every known secret with its <see cref="SecretFingerprint"/> in text that leaves the program: log lines,
/// error messages, body previews, the console. The one redactor of the product.
/// </summary>
/// <remarks>
/// A server that echoes a secret rarely echoes it as it was sent, so every form it can come back in is masked, in
/// any mix (see <see cref="EncodedForms"/>): as is; JSON-escaped (<c>\/</c> as PHP writes a slash, <c>\u002F</c> or
/// <c>\u00XX</c> for any character, escaping nested inside escaping); URL-encoded (<c>%2F</c>, <c>%2f</c>, <c>+</c>
/// for a space); HTML character references. A preview cut inside a secret (text ending in <c>…</c> or <c>...</c>)
/// has the cut-off start of the secret masked too (<c>***</c>).
/// Secrets shorter than <see cref="WholeWordBelow"/> characters are masked only where they stand alone (not inside
/// a longer word or number): a one-letter password must not turn "Connection" into "Connec***ion", and a value that
/// short guards nothing anyway. Longer secrets are masked wherever they appear.
/// </remarks>
public sealed class SecretRedactor
{
    /// <summary>Secrets shorter than this are masked only as whole words.</summary>
    public const int WholeWordBelow = 8;

    private readonly IReadOnlyList<SecretPattern> _patterns;

    /// <param name="secrets">The values to mask; null, empty and repeated ones are ignored.</param>
    public SecretRedactor(params IEnumerable<string?>? secrets)
    {
        // Longest first: a secret that contains another is masked whole, not around the shorter one.
        _patterns = (secrets ?? [])
            .Where(s => !string.IsNullOrEmpty(s))
            .Select(s => s!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .Select(SecretPattern.Create)
            .ToList();
    }

    public static SecretRedactor None { get; } = new([]);

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var pattern in _patterns)
        {
            text = pattern.Apply(text);
        }

        return text;
    }

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);
}
