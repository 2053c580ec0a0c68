using System.Globalization;
using System.Text.Json;
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

    /// <summary>The cause, unless its text would carry the token into a log that prints the whole exception.</summary>
    private Exception? SafeInner(Exception exception) =>
        _redactor.Redact(exception.ToString()) == exception.ToString() ? exception : null;

    private static string AfterAttempts(int attempts) =>
        attempts > 1 ? string.Create(CultureInfo.InvariantCulture, $" after {attempts} attempts") : string.Empty;

    private static string Details(string? code, string? requestId) =>
        string.Join(", ", new[] { code is null ? null : $"code {code}", requestId is null ? null : $"request id {requestId}" }.OfType<string>()) is { Length: > 0 } details
            ? $" ({details})"
            : string.Empty;
}
