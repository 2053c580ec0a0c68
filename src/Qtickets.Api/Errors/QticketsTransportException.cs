namespace Qtickets.Api.Errors;

/// <summary>No usable answer came: timeouts or connection errors on every attempt.</summary>
public sealed class QticketsTransportException(string message, string endpoint, Exception? innerException)
    : QticketsApiException(message, endpoint, innerException)
{
    /// <summary>True when the last attempt ran out of time rather than failing to connect.</summary>
    public bool IsTimeout { get; init; }
}
