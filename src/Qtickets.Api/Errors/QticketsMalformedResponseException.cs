namespace Qtickets.Api.Errors;

/// <summary>An answer that is not the JSON it should be: invalid JSON, or valid JSON of an unexpected shape.</summary>
public sealed class QticketsMalformedResponseException(string message, string endpoint, Exception? innerException = null)
    : QticketsApiException(message, endpoint, innerException)
{
    /// <summary>Line (0-based, as System.Text.Json reports it) of the first invalid token, when known.</summary>
    public long? LineNumber { get; init; }

    /// <summary>Byte position in that line of the first invalid token, when known.</summary>
    public long? BytePositionInLine { get; init; }
}
