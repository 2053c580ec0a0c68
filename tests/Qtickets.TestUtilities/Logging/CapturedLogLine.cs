using Microsoft.Extensions.Logging;

namespace Qtickets.TestUtilities.Logging;

/// <summary>One log call as a <see cref="CapturingLoggerProvider"/> saw it, already formatted.</summary>
public sealed record CapturedLogLine(string Category, LogLevel Level, EventId EventId, string Message, string? Exception)
{
    /// <summary>Everything a sink could print for this line: message and exception text.</summary>
    public string FullText => Exception is null ? Message : Message + Environment.NewLine + Exception;

    public override string ToString() => $"{Level} {Category}: {FullText}";
}
