namespace Qtickets.Api.Http;

/// <summary>An answer body longer than the transport reads; never retried (the next answer would be as long).</summary>
internal sealed class AnswerTooLargeException(long limit)
    : Exception($"the answer body is longer than {limit / (1024 * 1024)} MB and was not read");
