using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Qtickets.Api.Errors;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Http;

internal sealed partial class ApiTransport
{
    /// <summary>Failures the transport reports as typed errors; the caller's own cancellation passes through.</summary>
    private static bool IsFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or IOException or TimeoutRejectedException or AnswerTooLargeException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private QticketsApiException FailureFrom(ApiRequest request, ApiAnswer answer, int attempts)
    {
        var error = ErrorJson.Of(answer.Body);
        var apiError = _redactor.RedactOrNull(error.ShownText);
        var preview = _redactor.Redact(BodyPreview.Of(answer.Body, answer.MediaType));
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"QTickets {request.Endpoint} answered HTTP {answer.StatusCode} {answer.ReasonPhrase}{AfterAttempts(attempts)}: {apiError ?? preview}{Details(error.ShownCode, answer.RequestId)}");
        return new QticketsApiException(message, request.Endpoint)
        {
            StatusCode = answer.StatusCode,
            ApiError = apiError,
            ApiCode = error.ShownCode,
            RequestId = answer.RequestId,
            BodyPreview = preview,
            Attempts = attempts,
        };
    }

    private QticketsApiException FailureFrom(ApiRequest request, Exception exception, int attempts) => exception switch
    {
        AnswerTooLargeException tooLarge => new QticketsMalformedResponseException(
            $"QTickets {request.Endpoint}: {tooLarge.Message} (a real answer is a few megabytes).", request.Endpoint) { Attempts = attempts },
        TimeoutRejectedException or OperationCanceledException => new QticketsTransportException(
            $"QTickets {request.Endpoint} timed out (limit {_settings.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s per attempt){AfterAttempts(attempts)}.",
            request.Endpoint,
            SafeInner(exception)) { Attempts = attempts, IsTimeout = true },
        _ => new QticketsTransportException(
            $"QTickets {request.Endpoint} could not be reached{AfterAttempts(attempts)}: {_redactor.Redact(OutsideText.OneLine(exception.Message))}",
            request.Endpoint,
            SafeInner(exception)) { Attempts = attempts },
    };

    private QticketsMalformedResponseException Malformed(ApiRequest request, ApiAnswer answer, JsonException jsonError, int attempts)
    {
        var preview = _redactor.Redact(BodyPreview.Of(answer.Body, answer.MediaType));
        var position = string.Create(CultureInfo.InvariantCulture, $"line {jsonError.LineNumber ?? 0}, byte {jsonError.BytePositionInLine ?? 0}");
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"QTickets {request.Endpoint} answered HTTP {answer.StatusCode} with a body that is not valid JSON (at {position}){AfterAttempts(attempts)}. Body: {preview}");
        return new QticketsMalformedResponseException(message, request.Endpoint, jsonError)
        {
            StatusCode = answer.StatusCode,
            RequestId = answer.RequestId,
            BodyPreview = preview,
            Attempts = attempts,
            LineNumber = jsonError.LineNumber,
            BytePositionInLine = jsonError.BytePositionInLine,
        };
    }

    /// <summary>A success answer of valid JSON but an unexpected shape (no <c>data</c>, a scalar where a list should be).</summary>
    public QticketsMalformedResponseException ShapeError(string endpoint, string problem, ReadOnlySpan<byte> body)
    {
        var preview = _redactor.Redact(BodyPreview.Of(body, "application/json"));
        return new QticketsMalformedResponseException($"QTickets {endpoint} answered JSON of an unexpected shape: {problem}. Body: {preview}", endpoint)
        {
            StatusCode = 200,
            BodyPreview = preview,
        };
    }

    /// <summary>The cause, unless its text would carry the token into a log that prints the whole exception.</summary>
    private Exception? SafeInner(Exception exception) =>
        _redactor.Redact(exception.ToString()) == exception.ToString() ? exception : null;

    private static string AfterAttempts(int attempts) =>
        attempts > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {attempts} attempts") : string.Empty;

    private static string Details(string? code, string? requestId) =>
        string.Join(", ", new[] { code is null ? null : $"code {code}", requestId is null ? null : $"request id {requestId}" }.OfType<string>()) is { Length: > 0 } details
            ? $" ({details})"
            : string.Empty;

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

    private string DescribeOutcome(Outcome<object> outcome) => outcome.Exception switch
    {
        FailedAttemptException failed => failed.Message,
        TimeoutRejectedException => "timed out",
        { } exception => _redactor.Redact(OutsideText.OneLine($"{exception.GetType().Name}: {exception.Message}")),
        null => "unknown",
    };
}
