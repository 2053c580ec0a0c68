using System.Text.Json;

namespace Qtickets.Api.Http;

/// <summary>A success status whose body is not JSON; retryable (a truncated answer is usually transient).</summary>
internal sealed class MalformedBodyException(ApiAnswer answer, JsonException innerException)
    : Exception("The answer body is not valid JSON.", innerException)
{
    public ApiAnswer Answer { get; } = answer;

    public JsonException JsonError { get; } = innerException;
}
