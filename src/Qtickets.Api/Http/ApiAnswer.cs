namespace Qtickets.Api.Http;

/// <summary>The HTTP answer of one attempt, body fully read, so it can be inspected after the message is gone.</summary>
internal sealed record ApiAnswer(
    int StatusCode,
    string? ReasonPhrase,
    byte[] Body,
    string? MediaType,
    string? RequestId,
    TimeSpan? RetryAfter);
