using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;

namespace Qtickets.Simulator.Webhooks;

/// <summary>One delivery: attempts until HTTP 200, n^3-second delays between them.</summary>
internal sealed partial class WebhookDispatcher
{
    public const string UserAgent = "Qtickets-Webhooks/2.0";
    // Exactly what QTickets sends: no charset parameter.
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    /// <summary>
    /// QTickets' schedule: an attempt not answered HTTP 200 is tried again up to <see cref="WebhookOptions.MaxRetries"/>
    /// times, after the delays of <see cref="WebhookOptions.RetryDelay"/> on the simulator's clock.
    /// </summary>
    private ResiliencePipeline<bool> BuildRetries()
    {
        var builder = new ResiliencePipelineBuilder<bool> { TimeProvider = _time };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<bool>
            {
                MaxRetryAttempts = _options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome is { Exception: null, Result: false }),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(_options.RetryDelay(args.AttemptNumber + 1)),
                OnRetry = _ =>
                {
                    _counters.Retried();
                    return default;
                },
            });
        }

        return builder.Build();
    }

    private async Task DeliverAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        // Yield first: the pump only starts deliveries and must not run their first attempt inline.
        await Task.Yield();
        try
        {
            if (await _retries.ExecuteAsync(token => new ValueTask<bool>(AttemptAsync(message, token)), cancellationToken).ConfigureAwait(false))
            {
                _counters.Delivered(_time.GetElapsedTime(message.ChangedAt));
            }
            else
            {
                _counters.GaveUp();
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
