namespace Qtickets.Api.Http;

/// <summary>An attempt answered with a status that is not a success; the retry policy decides by its status.</summary>
internal sealed class UnsuccessfulAnswerException(ApiAnswer answer)
    : Exception($"HTTP {answer.StatusCode} {answer.ReasonPhrase}")
{
    public ApiAnswer Answer { get; } = answer;
}
