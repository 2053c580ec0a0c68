using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator.Http;

/// <summary>
/// Every request: control routes aside; then latency, connection reset and 429 (counted per request),
/// routing (unknown routes: nginx's 404 page), the API, and an entry in the request log.
/// Invariant: the entry is logged before the client can see the end of the answer (answers are chunked,
/// and their last chunk goes out when this delegate returns), so a test may count right after a response.
/// </summary>
internal sealed class RequestPipeline
{
    private const int MaxBodyBytes = 1 << 20;
    private readonly RestApi _rest;
    private readonly PartnersApi _partners;
    private readonly ControlApi _control;
    private readonly FaultInjector _faults;
    private readonly RequestLog _log;
    private readonly TimeProvider _time;
    private long _sequence;

    public RequestPipeline(
        Dataset data, SimulatorOptions options, FaultInjector faults, RequestLog log, OrderChangeFeed feed, Func<WebhookStats> webhooks, TimeProvider time)
    {
        var generator = new OrderDetailsGenerator(data);
        _rest = new RestApi(data, generator, options.Token, faults, feed, time);
        _partners = new PartnersApi(data, generator, options.PartnersToken);
        _control = new ControlApi(log, faults, () => data.Orders.Count, options.Events, webhooks);
        _faults = faults;
        _log = log;
        _time = time;
    }

    public async Task HandleAsync(HttpContext http)
    {
        http.Response.Headers.Server = "nginx";
        var path = http.Request.Path.Value ?? "/";
        var bodyText = await ReadBodyAsync(http.Request).ConfigureAwait(false);
        if (path.StartsWith(ControlApi.Prefix, StringComparison.Ordinal))
        {
            await _control.HandleAsync(http, path, bodyText).ConfigureAwait(false);
            return;
        }

        var sequence = Interlocked.Increment(ref _sequence);
        var receivedAt = _time.GetUtcNow();
        string? fault = null;
        var status = 0;
        _log.Enter();
        try
        {
            fault = await ServeAsync(http, path, bodyText).ConfigureAwait(false);
            status = fault == "reset" ? 0 : http.Response.StatusCode;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away (its timeout, say): nginx logs that as 499.
            (fault, status) = ("client-closed", 499);
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            // A simulator defect must not pass for an injected fault: say what failed.
            (fault, status) = ("simulator-failure", 500);
            await Responses.WriteErrorAsync(http, 500, "Simulator failure: " + ex.Message, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _log.Leave();
            _log.Add(new RecordedRequest(
                sequence, receivedAt, http.Request.Method, path, http.Request.QueryString.Value ?? string.Empty, bodyText, status, fault));
        }

        // Reset only once logged, so a client that sees the reset always finds it in the log.
        if (fault == "reset")
        {
            http.Abort();
        }
    }

    /// <returns>The injected fault, if any.</returns>
    private async Task<string?> ServeAsync(HttpContext http, string path, string? bodyText)
    {
        var faults = _faults.Current;
        var number = _faults.NextRequest();
        if (faults.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(faults.LatencyMs), _time, http.RequestAborted).ConfigureAwait(false);
        }

        if (FaultInjector.IsTurn(number, faults.ResetEvery))
        {
            return "reset";
        }

        if (FaultInjector.IsTurn(number, faults.RateLimitEvery))
        {
            http.Response.Headers.RetryAfter = "1";
            await Responses.WriteNginxPageAsync(http, 429, "Too Many Requests", http.RequestAborted).ConfigureAwait(false);
            return "rate-limit";
        }

        if (RouteMatcher.Match(http.Request.Method, path) is not { } route)
        {
            await Responses.WriteNotFoundPageAsync(http, http.RequestAborted).ConfigureAwait(false);
            return null;
        }

        var request = new ApiRequest(http, route, faults, bodyText, ParseBody(bodyText));
        await (route.IsPartners ? _partners.HandleAsync(request) : _rest.HandleAsync(request)).ConfigureAwait(false);
        return request.Fault;
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? null : Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static JsonElement? ParseBody(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
