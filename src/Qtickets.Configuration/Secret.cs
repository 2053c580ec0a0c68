namespace Qtickets.Configuration;

/// <summary>
/// A secret value (token, password). Its string form is a fingerprint, so it can be logged or
/// interpolated by mistake without leaking: <c>abcd***wxyz</c>, or <c>***</c> for short values.
/// </summary>
public sealed record Secret(string Value)
{
    private const int VisibleChars = 4;

    public string Fingerprint => Of(Value);

    /// <summary>The fingerprint of any secret text; short secrets show nothing at all.</summary>
    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "(empty)";
        }

        // Invariant: at least twice the visible length stays hidden, otherwise the fingerprint reveals too much.
        return value.Length < VisibleChars * 4
            ? "***"
            : $"{value[..VisibleChars]}***{value[^VisibleChars..]}";
    }

    public override string ToString() => Fingerprint;
}
