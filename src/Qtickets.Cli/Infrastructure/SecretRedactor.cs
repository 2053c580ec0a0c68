using Qtickets.Configuration;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Last line of defence for secrets in output: replaces any known secret value with its fingerprint.
/// The code already avoids logging secrets; this catches what slips through (an exception message
/// echoing a URL, a library logging a header).
/// </summary>
public sealed class SecretRedactor
{
    // Invariant: values shorter than this are not redacted; they would match ordinary words.
    private const int MinimumSecretLength = 4;

    private readonly IReadOnlyList<string> _secrets;

    public SecretRedactor(IEnumerable<Secret?> secrets)
    {
        _secrets = secrets
            .Where(s => s is not null && s.Value.Length >= MinimumSecretLength)
            .Select(s => s!.Value)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToList();
    }

    public static SecretRedactor None { get; } = new([]);

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Secret.Of(secret), StringComparison.Ordinal);
            }
        }

        return text;
    }
}
