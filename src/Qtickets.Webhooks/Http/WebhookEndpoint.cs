using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Qtickets.Webhooks.Batching;
using Qtickets.Webhooks.Metrics;

namespace Qtickets.Webhooks.Http;

/// <summary>
/// <c>POST {path}</c>: size (413, unread), signature over the raw bytes (401, one warning line, never the body),
/// model and event type (200, ignored), one JSON object (400), then the batch: 200 once stored or rejected, 503 when
/// refused so QTickets retries.
/// </summary>
internal sealed class WebhookEndpoint
{
    public const string ModelHeader = "X-Model-Name";
    public const string EventHeader = "X-Event-Type";
    public const string SignatureHeader = "X-Signature";
    private readonly WebhookListenerOptions _options;
    private readonly WebhookSignature _signature;
    private readonly OrderChangeBatcher _batcher;
    private readonly ListenerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public WebhookEndpoint(WebhookListenerOptions options, OrderChangeBatcher batcher, ListenerMetrics metrics, TimeProvider time, ILogger logger)
    {
        _options = options;
        _signature = new WebhookSignature(options.Secret.Value);
        _batcher = batcher;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext http)
    {
        var receivedAt = _time.GetUtcNow();
        var started = _time.GetTimestamp();
        _metrics.Count(WebhookCounter.Received);
        var request = http.Request;
        byte[]? body;
        try
        {
            body = await RequestBodyReader.ReadAsync(request, _options.MaxBodyBytes, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException || (ex is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
        {
            // The caller sent a broken body or went away mid-body: nothing to answer; QTickets retries a delivery it did not finish.
            _logger.LogInformation("webhook not read: the request ended before its body did ({Error})", ex.Message);
            return;
        }

        if (body is null)
        {
            await RefuseTooLargeAsync(http).ConfigureAwait(false);
            return;
        }

        if (!_signature.IsValid(body, request.Headers[SignatureHeader]))
        {
            await RefuseUnsignedAsync(http, body.Length).ConfigureAwait(false);
            return;
        }

        if (await IgnoredAsync(http).ConfigureAwait(false) is not { } eventType)
        {
            return;
        }

        if (!JsonObjectCheck.IsObject(body))
        {
            _metrics.Count(WebhookCounter.Malformed);
            _logger.LogWarning("webhook refused (400): a signed {Event} body of {Bytes} bytes is not one JSON object", OrderEventTypes.Name(eventType), body.Length);
            await Answers.WriteAsync(http, StatusCodes.Status400BadRequest, "malformed", "the body must be one JSON object, the order").ConfigureAwait(false);
            return;
        }

        var result = await _batcher.SubmitAsync(new ReceivedOrder(body, eventType, receivedAt), started).ConfigureAwait(false);
        await AnswerAsync(http, eventType, result).ConfigureAwait(false);
    }

    private async Task RefuseTooLargeAsync(HttpContext http)
    {
        _metrics.Count(WebhookCounter.TooLarge);
        var declared = http.Request.ContentLength is { } length ? length.ToString(CultureInfo.InvariantCulture) + " bytes" : "a chunked body";
        _logger.LogWarning("webhook refused (413): {Declared} over the limit of {Limit} bytes, not read", declared, _options.MaxBodyBytes);
        // Whatever is left of the body is not read: Kestrel closes the connection after this answer.
        await Answers.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "too_large").ConfigureAwait(false);
    }

    private async Task RefuseUnsignedAsync(HttpContext http, int bytes)
    {
        _metrics.Count(WebhookCounter.Unauthorized);
        var reason = string.IsNullOrWhiteSpace(http.Request.Headers[SignatureHeader]) ? "no" : "a wrong";
        // One line, without the body or the signature: a forger learns nothing, an operator sees the attempt.
        _logger.LogWarning("webhook refused (401): {Reason} X-Signature on {Bytes} bytes from {Remote}", reason, bytes, http.Connection.RemoteIpAddress);
        await Answers.WriteAsync(http, StatusCodes.Status401Unauthorized, "unauthorized").ConfigureAwait(false);
    }

    /// <returns>The event type of an order webhook; null when the webhook was answered 200 and ignored.</returns>
    private async Task<OrderEventType?> IgnoredAsync(HttpContext http)
    {
        var model = http.Request.Headers[ModelHeader].ToString().Trim();
        var eventHeader = http.Request.Headers[EventHeader].ToString();
        string why;
        if (!string.Equals(model, "Order", StringComparison.OrdinalIgnoreCase))
        {
            why = $"model '{Printable(model)}' is not Order";
        }
        else if (!OrderEventTypes.TryParse(eventHeader, out var type))
        {
            why = $"event type '{Printable(eventHeader)}' is not handled";
        }
        else
        {
            return type;
        }

        // 200, not an error: QTickets would retry anything else for 50 minutes to no purpose.
        _metrics.Count(WebhookCounter.Ignored);
        _logger.LogInformation("webhook ignored (200): {Why}", why);
        await Answers.WriteAsync(http, StatusCodes.Status200OK, "ignored", why).ConfigureAwait(false);
        return null;
    }

    private async Task AnswerAsync(HttpContext http, OrderEventType eventType, OrderApplyResult result)
    {
        switch (result.Status)
        {
            case OrderApplyStatus.Applied:
                _logger.LogDebug("webhook {Event} applied", OrderEventTypes.Name(eventType));
                await Answers.WriteAsync(http, StatusCodes.Status200OK, "applied").ConfigureAwait(false);
                break;
            case OrderApplyStatus.Rejected:
                _logger.LogWarning("webhook {Event} rejected (200, not stored): {Reason}", OrderEventTypes.Name(eventType), result.Reason);
                await Answers.WriteAsync(http, StatusCodes.Status200OK, "rejected", result.Reason).ConfigureAwait(false);
                break;
            default:
                _logger.LogWarning("webhook {Event} refused (503, QTickets retries): {Reason}", OrderEventTypes.Name(eventType), result.Reason);
                await Answers.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "refused", result.Reason).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>A header value safe for one log line: at most 40 printable characters.</summary>
    private static string Printable(string value)
    {
        var clean = new string([.. value.Where(c => !char.IsControl(c)).Take(40)]);
        return value.Length > 40 ? clean + "…" : clean;
    }
}
