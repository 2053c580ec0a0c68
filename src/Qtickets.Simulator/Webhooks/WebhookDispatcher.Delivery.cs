using System.Net;
using System.Net.Http.Headers;

namespace Qtickets.Simulator.Webhooks;

/// <summary>One delivery: attempts until HTTP 200, n^3-second delays between them.</summary>
internal sealed partial class WebhookDispatcher
{
    public const string UserAgent = "Qtickets-Webhooks/2.0";
    // Exactly what QTickets sends: no charset parameter.
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private async Task DeliverAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        // Yield first: the pump only starts deliveries and must not run their first attempt inline.
        await Task.Yield();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                if (await AttemptAsync(message, cancellationToken).ConfigureAwait(false))
                {
                    _counters.Delivered(_time.GetElapsedTime(message.ChangedAt));
                    return;
                }

                if (attempt > _options.MaxRetries)
                {
                    _counters.GaveUp();
                    return;
                }

                _counters.Retried();
                await Task.Delay(_options.RetryDelay(attempt), _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The simulator stops: pending deliveries are abandoned.
        }
        finally
        {
            Interlocked.Decrement(ref _outstanding);
        }
    }

    /// <returns>True when the receiver answered HTTP 200; any other status, a timeout or a connection error is a failed attempt.</returns>
    private async Task<bool> AttemptAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _counters.Attempted();
            using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _time);
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            using var request = CreateRequest(message);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
        finally
        {
            _slots.Release();
        }
    }

    private HttpRequestMessage CreateRequest(WebhookMessage message)
    {
        var content = new ReadOnlyMemoryContent(message.Body);
        content.Headers.ContentType = JsonType;
        var request = new HttpRequestMessage(HttpMethod.Post, _options.Url) { Content = content };
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Headers.Add("X-Event-Type", message.EventType);
        request.Headers.Add("X-Model-Name", "Order");
        request.Headers.Add("X-Signature", message.Signature);
        return request;
    }
}
