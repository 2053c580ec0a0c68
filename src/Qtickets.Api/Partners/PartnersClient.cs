using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.Api.Http;
using Qtickets.Api.Parsing;

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
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid Partners client options: {string.Join(" ", errors)}", nameof(options));
        }

        _options = options;
        _logger = logger ?? NullLogger.Instance;
        if (!options.IsStub)
        {
            _transport = new ApiTransport(httpClient, options.ToTransportSettings(), _logger, timeProvider ?? TimeProvider.System, jitter ?? Random.Shared.NextDouble);
        }
    }

    public bool IsStub => _options.IsStub;

    public Task<ListResult<PartnerOffer>> GetOffersAsync(long eventId, long? showId, CancellationToken cancellationToken)
    {
        var path = showId is { } show
            ? string.Create(CultureInfo.InvariantCulture, $"events/offers/{eventId}/{show}")
            : string.Create(CultureInfo.InvariantCulture, $"events/offers/{eventId}");
        return ReadAsync(new ApiRequest(HttpMethod.Get, path), "partner_offers", PartnerParsers.Offer(eventId, showId), cancellationToken);
    }

    public Task<ListResult<PartnerTicket>> FindTicketsAsync(JsonElement filter, CancellationToken cancellationToken) =>
        ReadAsync(new ApiRequest(HttpMethod.Post, "tickets/find", JsonBody: filter.GetRawText()), "partner_tickets", PartnerParsers.Ticket, cancellationToken);

    private async Task<ListResult<T>> ReadAsync<T>(ApiRequest request, string dataset, Func<JsonElement, ParseResult<T>> parse, CancellationToken cancellationToken)
        where T : class
    {
        if (InStubMode() || _transport is null)
        {
            return ListResult<T>.Empty;
        }

        using var document = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var records = PartnersAnswer.Records(document.RootElement, request, _transport.Redactor);
        var (items, skipped) = RecordParsing.ParseAll(records, dataset, parse);
        return new ListResult<T>(items, skipped, 1, null, []);
    }

    private bool InStubMode()
    {
        if (!IsStub)
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
