using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IO;
using Polly;

namespace Qtickets.Api.Http;

/// <summary>
/// Sends requests to one QTickets API base with the bearer token, the retry policy (docs/data-contract.md,
/// "Retries and failures") and a
/// per-attempt timeout, and turns every failure into a typed <see cref="Errors.QticketsApiException"/>.
/// Every attempt reads the whole body and parses success bodies, so a truncated or malformed answer is retried too.
/// </summary>
internal sealed partial class ApiTransport
{
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id", "X-Correlation-Id"];
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _http;
    private readonly ApiClientOptions _settings;
    private readonly Uri _base;
    private readonly SecretRedactor _redactor;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _retrying;
    private readonly ResiliencePipeline _singleAttempt;
    private readonly RecyclableMemoryStreamManager _bodies = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 128 * 1024,
        LargeBufferMultiple = 1024 * 1024,
        MaximumBufferSize = 16 * 1024 * 1024,
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 32 * 1024 * 1024,
    });

    // The options are validated and not in stub mode: the base and the token are set.
    public ApiTransport(HttpClient http, ApiClientOptions settings, ILogger logger, TimeProvider time, Func<double> jitter)
    {
        _http = http;
        _settings = settings;

        // A base without a trailing slash would lose its last segment when a relative path is resolved.
        _base = settings.BaseUri!.AbsoluteUri.EndsWith('/') ? settings.BaseUri : new Uri(settings.BaseUri.AbsoluteUri + "/");
        _redactor = new SecretRedactor([settings.Token!]);
        _logger = logger;
        _time = time;
        _retrying = BuildPipeline(retry: true, jitter);
        _singleAttempt = BuildPipeline(retry: false, jitter);
    }

    public SecretRedactor Redactor => _redactor;

    /// <summary>
    /// Sends, with retries or as one single attempt, and returns what <paramref name="read"/> makes of the body of the
    /// success answer. <paramref name="read"/> runs inside the attempt, so a body it finds to be invalid JSON
    /// (<see cref="JsonException"/>) is retried like a truncated answer. The body is given back to the pool once
    /// <paramref name="read"/> returns, unless it took it over (<see cref="AnswerBody.Detach"/>).
    /// </summary>
    public async Task<T> SendAsync<T>(ApiRequest request, bool retry, Func<AnswerBody, T> read, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await (retry ? _retrying : _singleAttempt).ExecuteAsync(
                async token => await AttemptAsync(request, read, ++attempts, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (FailedAttemptException failed)
        {
            throw failed.JsonError is { } jsonError ? Malformed(request, failed.Answer, jsonError, attempts) : FailureFrom(request, failed.Answer, attempts);
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            throw FailureFrom(request, exception, attempts);
        }
    }

    private async ValueTask<T> AttemptAsync<T>(ApiRequest request, Func<AnswerBody, T> read, int attempt, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        using var message = CreateMessage(request);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        using var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
        _logger.LogDebug(
            "QTickets {Endpoint} answered {Status} ({Bytes} bytes) in {Elapsed} ms, attempt {Attempt}",
            request.Endpoint, (int)response.StatusCode, body.Length, (long)_time.GetElapsedTime(started).TotalMilliseconds, attempt);
        if (!response.IsSuccessStatusCode)
        {
            throw new FailedAttemptException(ToAnswer(response, body.ToArray()));
        }

        try
        {
            return read(body);
        }
        catch (JsonException exception)
        {
            // A success answer's body is needed again only when it is malformed (for the error's preview).
            throw new FailedAttemptException(ToAnswer(response, body.ToArray()), exception);
        }
    }

    /// <summary>The whole body into pooled memory; one declared or found to be longer than the limit is not read on.</summary>
    private async Task<AnswerBody> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _settings.MaxAnswerBytes)
        {
            throw new AnswerTooLargeException(_settings.MaxAnswerBytes);
        }

        var body = new AnswerBody(_bodies.GetStream("qtickets-answer"));
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                await body.FillAsync(stream, _settings.MaxAnswerBytes, cancellationToken).ConfigureAwait(false);
            }

            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    private HttpRequestMessage CreateMessage(ApiRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(_base, request.PathAndQuery));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _settings.Token);
        message.Headers.Accept.Add(AcceptJson);
        if (request.JsonBody is not null)
        {
            message.Content = new StringContent(request.JsonBody, Encoding.UTF8, "application/json");
            _logger.LogTrace("QTickets {Endpoint} body: {Body}", request.Endpoint, _redactor.Redact(request.JsonBody));
        }

        return message;
    }

    // The reason phrase and the request id are the server's text too (a reason phrase may carry C1 controls).
    private ApiAnswer ToAnswer(HttpResponseMessage response, byte[] body) => new(
        (int)response.StatusCode,
        response.ReasonPhrase is { } reason ? OutsideText.OneLine(reason) : null,
        body,
        response.Content.Headers.ContentType?.MediaType,
        RequestIdOf(response),
        RetryAfterOf(response));

    private static string? RequestIdOf(HttpResponseMessage response) => RequestIdHeaders
        .Select(name => response.Headers.TryGetValues(name, out var values) ? OutsideText.OneLine(string.Join(",", values)) : null)
        .FirstOrDefault(id => id is not null);

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
