using System.Text.Json;

namespace Qtickets.Api.Http;

/// <summary>
/// An attempt whose answer cannot be used: a status that is not a success (the retry policy decides by it), or a
/// success whose body is not valid JSON (<see cref="JsonError"/>; retried, a truncated answer is usually transient).
/// </summary>
internal sealed class FailedAttemptException(ApiAnswer answer, JsonException? jsonError = null)
    : Exception(jsonError is null ? FormattableString.Invariant($"HTTP {answer.StatusCode} {answer.ReasonPhrase}") : "malformed JSON body", jsonError)
{
    public ApiAnswer Answer { get; } = answer;

    public JsonException? JsonError { get; } = jsonError;
}
