namespace Qtickets.Api.Errors;

/// <summary>QTickets answered a non-success HTTP status (after retries when the status is retryable).</summary>
public sealed class QticketsHttpStatusException : QticketsApiException
{
    public QticketsHttpStatusException(string message, string endpoint, int statusCode)
        : base(message, endpoint)
    {
        StatusCode = statusCode;
    }
}
