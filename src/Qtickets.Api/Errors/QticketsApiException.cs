namespace Qtickets.Api.Errors;

/// <summary>
/// A QTickets request that failed for good (after its retries). Carries what explains it, never the token:
/// the endpoint (method and path relative to the API base), the HTTP status when there was an answer, the API's
/// own <c>error</c> text and <c>code</c>, a request id header and a short preview of the body.
/// </summary>
public class QticketsApiException(string message, string endpoint, Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>Method and path, for example <c>GET /orders?page=3&amp;per_page=50</c>.</summary>
    public string Endpoint { get; } = endpoint;

    /// <summary>HTTP status of the last answer; null when no answer came (timeout, connection error).</summary>
    public int? StatusCode { get; init; }

    /// <summary>The <c>error</c> (or <c>message</c>) text of a JSON error body.</summary>
    public string? ApiError { get; init; }

    /// <summary>The <c>code</c> of a JSON error body, for example <c>UNKNOWN_ERROR</c> or <c>WRONG_AUTHORIZATION</c>.</summary>
    public string? ApiCode { get; init; }

    /// <summary>The <c>X-Request-Id</c> (or similar) header of the answer, when the server sent one.</summary>
    public string? RequestId { get; init; }

    /// <summary>The first characters of the body, HTML tags stripped and whitespace collapsed.</summary>
    public string? BodyPreview { get; init; }

    /// <summary>How many attempts were made, retries included.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>
    /// True for 403 and 404: the tenant does not offer this dataset, so an optional dataset can be skipped.
    /// </summary>
    public bool IsDatasetUnavailable => StatusCode is 403 or 404;
}
