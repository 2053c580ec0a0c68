namespace Qtickets.Api.Http;

/// <summary>
/// The outcome of one attempt: the answer and, for a success status, what the caller's reader made of its body
/// (owned by the caller; a JSON document is disposed by it). Malformed success bodies never get here: they fail the
/// attempt with <see cref="MalformedBodyException"/>. A success answer carries no body (it was read in place).
/// </summary>
internal sealed record ApiAttempt(ApiAnswer Answer, object? Value);
