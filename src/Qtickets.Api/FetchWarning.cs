using System.Globalization;

namespace Qtickets.Api;

/// <summary>Something a fetch noticed and worked around; <see cref="Message"/> is ready for a log or a report.</summary>
public sealed record FetchWarning(FetchWarningKind Kind, string Message)
{
    public override string ToString() => $"{Kind}: {Message}";

    /// <summary>A warning whose numbers are written in the invariant culture.</summary>
    internal static FetchWarning Of(FetchWarningKind kind, FormattableString message) =>
        new(kind, message.ToString(CultureInfo.InvariantCulture));
}
