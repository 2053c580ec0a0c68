using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Parsing;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Partners;

/// <summary><see cref="IPartnersClient"/> over an <see cref="HttpClient"/> the caller owns.</summary>
public sealed class PartnersClient : IPartnersClient
{
    private readonly PartnersClientOptions _options;
    private readonly ApiTransport? _transport;
    private readonly ILogger _logger;
    private int _stubAnnounced;

    /// <param name="httpClient">Sends the requests; not disposed by the client.</param>
    /// <param name="options">Validated here: invalid options throw an <see cref="ArgumentException"/> listing every problem.</param>
    /// <param name="logger">Retries and warnings; the key never appears.</param>
    /// <param name="timeProvider">Clock of back-off delays and timeouts; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="jitter">Source of jitter samples in [0, 1); <see cref="Random.Shared"/> by default.</param>
    public PartnersClient(
        HttpClient httpClient,
        PartnersClientOptions options,
        ILogger? logger = null,
        TimeProvider? timeProvider = null,
        Func<double>? jitter = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        if (!options.IsStub)
        {
            _transport = new ApiTransport(httpClient, TransportSettings.From(options), _logger, timeProvider ?? TimeProvider.System, jitter ?? Random.Shared.NextDouble);
        }
    }

    public async Task<ListResult<PartnerTicket>> FindTicketsAsync(JsonElement filter, CancellationToken cancellationToken)
    {
        if (InStubMode() || _transport is null)
        {
            return ListResult<PartnerTicket>.Empty;
        }

        var request = new ApiRequest(HttpMethod.Post, "tickets/find", JsonBody: filter.GetRawText());
        var page = await _transport.SendAsync(request, retry: true, body => ReadTickets(body.Span, request.Endpoint, _transport.Redactor), cancellationToken).ConfigureAwait(false);
        return new ListResult<PartnerTicket>(page.Items, page.Skipped, 1, null, []);
    }

    /// <summary>
    /// The tickets of <c>{"status": "success", "result": [...]}</c> (or a bare list). An error comes as HTTP 200 with
    /// <c>{"status": "error", "code": ..., "message": ...}</c> and is raised, its texts shown, never obeyed
    /// (<see cref="OutsideText"/>), and never with the key.
    /// </summary>
    private static ParsedPage<PartnerTicket> ReadTickets(ReadOnlySpan<byte> body, string endpoint, SecretRedactor redactor)
    {
        var error = ErrorJson.Of(body);
        if (string.Equals(error.Status, "error", StringComparison.OrdinalIgnoreCase))
        {
            var text = redactor.RedactOrNull(error.ShownText);
            throw new QticketsApiException($"QTickets Partners {endpoint} refused the request: {text ?? "no message"} (code {error.ShownCode ?? "none"})", endpoint)
            {
                StatusCode = 200,
                ApiCode = error.ShownCode,
                ApiError = text,
                BodyPreview = redactor.Redact(BodyPreview.Of(body, "application/json")),
            };
        }

        var page = RecordPage.Read(
            body, 1, "partner_tickets", RecordJsonContext.Default.PartnerTicket, (record, json) => ParseResult<PartnerTicket>.Ok(record with { RawJson = RecordCheck.Json(json) }), "result");
        return page.ShapeProblem is { } problem ? throw ShapeError.Create(endpoint, problem, body, redactor) : page;
    }

    private bool InStubMode()
    {
        if (!_options.IsStub)
        {
            return false;
        }

        if (Interlocked.Exchange(ref _stubAnnounced, 1) == 0)
        {
            _logger.LogInformation("QTickets Partners client runs in stub mode ({Reason}): no request is sent", _options.StubReason);
        }

        return true;
    }
}
