namespace Qtickets.Api;

/// <summary>Something a fetch noticed and worked around; <see cref="Message"/> is ready for a log or a report.</summary>
public sealed record FetchWarning(FetchWarningKind Kind, string Message)
{
    public override string ToString() => $"{Kind}: {Message}";
}
