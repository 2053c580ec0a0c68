using System.Globalization;

namespace Qtickets.ClickHouse;

/// <summary>
/// A request to ClickHouse failed: the server answered an error (<see cref="StatusCode"/>, <see cref="ErrorCode"/>
/// and the server's own <see cref="ServerMessage"/>), did not answer in time (<see cref="IsTimeout"/>), or could
/// not be reached (no status). Messages name the endpoint and never contain the password.
/// </summary>
public sealed class ClickHouseException : Exception
{
    // Server error codes worth another try: the server was busy, not wrong.
    private static readonly HashSet<int> TransientCodes =
    [
        159, // TIMEOUT_EXCEEDED
        202, // TOO_MANY_SIMULTANEOUS_QUERIES
        203, // NO_FREE_CONNECTION
        209, // SOCKET_TIMEOUT
        210, // NETWORK_ERROR
        252, // TOO_MANY_PARTS
        319, // UNKNOWN_STATUS_OF_INSERT
    ];

    public ClickHouseException(string message, string endpoint, int? statusCode, ClickHouseServerError? serverError,
        bool isTimeout = false, Exception? innerException = null)
        : base(message, innerException)
    {
        Endpoint = endpoint;
        StatusCode = statusCode;
        ErrorCode = serverError?.Code;
        ServerMessage = serverError?.Message;
        IsTimeout = isTimeout;
    }

    /// <summary>The server address (scheme, host, port), never credentials.</summary>
    public string Endpoint { get; }

    /// <summary>The HTTP status of the answer; null when no answer arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>ClickHouse's error code (<c>Code: 60</c> is an unknown table); null when the body had none.</summary>
    public int? ErrorCode { get; }

    /// <summary>ClickHouse's own error text (passwords removed).</summary>
    public string? ServerMessage { get; }

    public bool IsTimeout { get; }

    /// <summary>True when the same request may succeed later: no answer, a timeout, an overloaded server.</summary>
    public bool IsTransient => IsTimeout || StatusCode is null || StatusCode is 502 or 503 or 504 ||
        ErrorCode is { } code && TransientCodes.Contains(code);

    internal static ClickHouseException FromAnswer(string endpoint, int status, ClickHouseServerError error, string operation) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"ClickHouse at {endpoint} refused {operation} (HTTP {status}): {error}"), endpoint, status, error);

    internal static ClickHouseException Timeout(string endpoint, TimeSpan timeout, string operation, Exception inner) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"ClickHouse at {endpoint} did not finish {operation} within {timeout.TotalSeconds:0.###} s"),
            endpoint, null, null, isTimeout: true, inner);

    internal static ClickHouseException Unreachable(string endpoint, string operation, Exception inner) =>
        new($"ClickHouse at {endpoint} could not be reached for {operation}: {inner.Message}", endpoint, null, null,
            innerException: inner);
}
