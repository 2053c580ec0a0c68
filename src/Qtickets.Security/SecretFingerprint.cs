namespace Qtickets.Security;

/// <summary>
/// How a secret (token, password) may be shown: <c>abcd***wxyz</c>, or <c>***</c> when the secret is too short to
/// show any part of it safely, or <c>(empty)</c> when there is none. The one fingerprint of the product.
/// </summary>
public static class SecretFingerprint
{
    private const int VisibleChars = 4;

    public static string Of(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return "(empty)";
        }

        // Invariant: at least twice as many characters stay hidden as are shown.
        return secret.Length < VisibleChars * 4
            ? "***"
            : $"{secret[..VisibleChars]}***{secret[^VisibleChars..]}";
    }
}
