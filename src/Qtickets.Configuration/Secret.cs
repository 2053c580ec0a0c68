using Qtickets.Security;

namespace Qtickets.Configuration;

/// <summary>
/// A secret value (token, password). Its string form is a fingerprint, so it can be logged or
/// interpolated by mistake without leaking: <c>abcd***wxyz</c>, or <c>***</c> for short values.
/// </summary>
public sealed record Secret(string Value)
{
    public string Fingerprint => Of(Value);

    /// <summary>The fingerprint of any secret text (<see cref="SecretFingerprint"/>); short secrets show nothing at all.</summary>
    public static string Of(string? value) => SecretFingerprint.Of(value);

    public override string ToString() => Fingerprint;
}
