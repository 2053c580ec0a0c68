namespace Qtickets.Api.Http;

/// <summary>Replaces a secret with its fingerprint in any text that leaves the client (messages, logs, previews).</summary>
internal sealed class SecretRedactor(string? secret)
{
    private readonly string _fingerprint = SecretFingerprint.Of(secret);

    public string Redact(string text) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, _fingerprint, StringComparison.Ordinal);

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);
}
