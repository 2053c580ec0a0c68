using System.Text.Json;

namespace Qtickets.Api.Http;

/// <summary>
/// The outcome of one attempt: the answer and, for a success status, its parsed JSON (owned by the caller, who
/// disposes it). Malformed success bodies never get here: they fail the attempt with <see cref="MalformedBodyException"/>.
/// </summary>
internal sealed record ApiAttempt(ApiAnswer Answer, JsonDocument? Document);
