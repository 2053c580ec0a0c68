using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;

namespace Qtickets.Api.Http;

/// <summary>
/// Sends requests to one QTickets API base with the bearer token, the retry policy of spec section 5 and a
/// per-attempt timeout, and turns every failure into a typed <see cref="Errors.QticketsApiException"/>.
/// Every attempt reads the whole body and parses success bodies, so a truncated or malformed answer is retried too.
/// </summary>
internal sealed partial class ApiTransport
{
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id", "X-Correlation-Id"];
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _http;
    private readonly TransportSettings _settings;
    private readonly SecretRedactor _redactor;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<ApiAttempt> _retrying;
    private readonly ResiliencePipeline<ApiAttempt> _singleAttempt;
    private readonly System.Buffers.ArrayPool<byte> _bodies = PooledBody.CreatePool();

    public ApiTransport(HttpClient http, TransportSettings settings, ILogger logger, TimeProvider time, Func<double> jitter)
    {
        _http = http;
        _settings = settings;
        _redactor = new SecretRedactor([settings.Token]);
        _logger = logger;
        _time = time;
        _retrying = BuildPipeline(retry: true, jitter);
        _singleAttempt = BuildPipeline(retry: false, jitter);
    }

    public SecretRedactor Redactor => _redactor;

    /// <summary>Sends with retries and returns the parsed JSON of a success answer (the caller disposes it).</summary>
    public Task<JsonDocument> SendAsync(ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync(request, retry: true, cancellationToken);

    /// <summary>Sends, with retries or as one single attempt, and returns the parsed JSON of a success answer.</summary>
    public Task<JsonDocument> SendAsync(ApiRequest request, bool retry, CancellationToken cancellationToken) =>
        SendAsync(request, retry, body => ParseDocument(body.Memory), cancellationToken);

    /// <summary>
    /// Sends, with retries or as one single attempt, and returns what <paramref name="read"/> makes of the body of the
    /// success answer. <paramref name="read"/> runs inside the attempt, so a body it finds to be invalid JSON
    /// (<see cref="JsonException"/>) is retried like a truncated answer. The body it gets is a pooled buffer that is
    /// reused once it returns: it must not keep it.
    /// </summary>
    public async Task<T> SendAsync<T>(ApiRequest request, bool retry, Func<PooledBody, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var state = new AttemptState(this, request, read);
        var pipeline = retry ? _retrying : _singleAttempt;
        ApiAttempt attempt;
        try
        {
            attempt = await pipeline.ExecuteAsync(static (s, token) => s.Transport.AttemptAsync(s, token), state, cancellationToken);
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            throw FailureFrom(request, exception, state.Attempts);
        }

        return attempt.Answer.IsSuccess
            ? (T)attempt.Value!
            : throw FailureFrom(request, attempt.Answer, state.Attempts);
    }

    private async ValueTask<ApiAttempt> AttemptAsync(AttemptState state, CancellationToken cancellationToken)
    {
        state.Attempts++;
        var started = _time.GetTimestamp();
        using var message = CreateMessage(state.Request);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var body = await PooledBody.ReadAsync(_bodies, response.Content, _settings.MaxAnswerBytes, cancellationToken);
        _logger.LogDebug(
            "QTickets {Endpoint} answered {Status} ({Bytes} bytes) in {Elapsed} ms, attempt {Attempt}",
            state.Request.Endpoint, (int)response.StatusCode, body.Length, (long)_time.GetElapsedTime(started).TotalMilliseconds, state.Attempts);
        if (!response.IsSuccessStatusCode)
        {
            return new ApiAttempt(ToAnswer(response, body.ToArray()), null);
        }

        try
        {
            // A success answer's body is needed again only when it is malformed (for the error's preview).
            return new ApiAttempt(ToAnswer(response, []), state.Read(body));
        }
        catch (JsonException exception)
        {
            throw new MalformedBodyException(ToAnswer(response, body.ToArray()), exception);
        }
    }

    private HttpRequestMessage CreateMessage(ApiRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(_settings.BaseUri, request.PathAndQuery));
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

    /// <summary>
    /// A document over its own pooled copy of the body: parsing from a stream copies into a buffer the document rents
    /// and returns on dispose, whereas a document over the memory would keep the body, which is reused.
    /// </summary>
    public static JsonDocument ParseDocument(ReadOnlyMemory<byte> body)
    {
        using var stream = MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        return JsonDocument.Parse(stream);
    }

    private static string? RequestIdOf(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return OutsideText.OneLine(string.Join(",", values));
            }
        }

        return null;
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The per-call state threaded through the pipeline; attempts never overlap, so no locking.</summary>
    private sealed class AttemptState(ApiTransport transport, ApiRequest request, Func<PooledBody, object> read)
    {
        public ApiTransport Transport { get; } = transport;

        public ApiRequest Request { get; } = request;

        public Func<PooledBody, object> Read { get; } = read;

        public int Attempts { get; set; }
    }
}
