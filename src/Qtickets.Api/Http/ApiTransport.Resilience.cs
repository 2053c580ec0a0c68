using System.Globalization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Qtickets.Api.Http;

internal sealed partial class ApiTransport
{
    private ResiliencePipeline BuildPipeline(bool retry, Func<double> jitter)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = _time };
        if (retry && _settings.MaxRetries > 0)
        {
            builder.AddRetry(RetryOptions(jitter));
        }

        // Outer retry, inner timeout: the timeout bounds each attempt, not the whole sequence.
        if (_settings.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(_settings.RequestTimeout);
        }

        return builder.Build();
    }

    private RetryStrategyOptions RetryOptions(Func<double> jitter) => new()
    {
        MaxRetryAttempts = _settings.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = false,
        Delay = _settings.BaseDelay,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.CancellationToken)),
        DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(NextDelay(args.Outcome, args.AttemptNumber, jitter)),
        OnRetry = args =>
        {
            LogRetry(args.Outcome, args.AttemptNumber, args.RetryDelay);
            return default;
        },
    };

    /// <summary>Every failure the transport reports (<see cref="IsFailure"/>) but a body too long, and the statuses that pass.</summary>
    private static bool ShouldRetry(Outcome<object> outcome, CancellationToken cancellationToken) => outcome.Exception switch
    {
        FailedAttemptException failed => failed.JsonError is not null || failed.Answer.StatusCode is 429 or 500 or 502 or 503 or 504,
        null or AnswerTooLargeException => false,
        var exception => IsFailure(exception, cancellationToken),
    };

    /// <summary>The server's Retry-After when it sent one (capped), otherwise exponential back-off with jitter.</summary>
    private TimeSpan NextDelay(Outcome<object> outcome, int attempt, Func<double> jitter)
    {
        if ((outcome.Exception as FailedAttemptException)?.Answer.RetryAfter is { } asked)
        {
            return asked < _settings.MaxRetryAfter ? asked : _settings.MaxRetryAfter;
        }

        // "Equal jitter": between half and all of the exponential delay, capped (attempt 0 is the first retry).
        var capped = Math.Min(_settings.BaseDelay.Ticks * Math.Pow(2, Math.Min(attempt, 30)), _settings.MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(capped * (0.5 + (0.5 * Math.Clamp(jitter(), 0, 1)))));
    }

    private void LogRetry(Outcome<object> outcome, int attempt, TimeSpan delay)
    {
        if (!_logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        _logger.LogWarning(
            "QTickets request failed ({Reason}), attempt {Attempt} of {MaxAttempts}; retrying in {Delay} s",
            DescribeOutcome(outcome), attempt + 1, _settings.MaxRetries + 1, delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
    }

    private string DescribeOutcome(Outcome<object> outcome) => outcome switch
    {
        { Exception: FailedAttemptException { JsonError: null, Answer: var answer } } => string.Create(CultureInfo.InvariantCulture, $"HTTP {answer.StatusCode} {answer.ReasonPhrase}"),
        { Exception: FailedAttemptException } => "malformed JSON body",
        { Exception: TimeoutRejectedException } => "timed out",
        { Exception: { } exception } => _redactor.Redact(OutsideText.OneLine($"{exception.GetType().Name}: {exception.Message}")),
        _ => "unknown",
    };
}
