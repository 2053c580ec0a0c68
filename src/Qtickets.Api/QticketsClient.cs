using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.Api.Http;

namespace Qtickets.Api;

/// <summary>
/// <see cref="IQticketsClient"/> over an <see cref="HttpClient"/> the caller owns (a real
/// <see cref="SocketsHttpHandler"/> in the loader, a stub handler in tests). The client sets the bearer token and
/// <c>Accept</c> per request and never touches the <see cref="HttpClient"/>'s defaults, so one instance can be shared.
/// </summary>
public sealed partial class QticketsClient : IQticketsClient
{
    private readonly QticketsClientOptions _options;
    private readonly ApiTransport? _transport;
    private readonly PostFallback _seatsFallback;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private int _stubAnnounced;

    /// <param name="httpClient">Sends the requests; not disposed by the client.</param>
    /// <param name="options">Validated here: invalid options throw an <see cref="ArgumentException"/> listing every problem.</param>
    /// <param name="logger">Retries, mode switches and warnings; the token never appears.</param>
    /// <param name="timeProvider">Clock of back-off delays and timeouts; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="jitter">Source of jitter samples in [0, 1); <see cref="Random.Shared"/> by default.</param>
    public QticketsClient(
        HttpClient httpClient,
        QticketsClientOptions options,
        ILogger? logger = null,
        TimeProvider? timeProvider = null,
        Func<double>? jitter = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _seatsFallback = new PostFallback("/shows/{id}/seats", new HashSet<int> { 401, 403, 404 }, _logger);
        _time = timeProvider ?? TimeProvider.System;
        if (!options.IsStub)
        {
            _transport = new ApiTransport(httpClient, TransportSettings.From(options), _logger, _time, jitter ?? Random.Shared.NextDouble);
        }
    }

    /// <summary>True (after logging the reason once) when no request may be sent.</summary>
    private bool InStubMode()
    {
        if (!_options.IsStub)
        {
            return false;
        }

        if (Interlocked.Exchange(ref _stubAnnounced, 1) == 0)
        {
            _logger.LogInformation("QTickets client runs in stub mode ({Reason}): no request is sent, every dataset is empty", _options.StubReason);
        }

        return true;
    }

    private ApiTransport Transport => _transport ?? throw new InvalidOperationException("The QTickets client is in stub mode.");
}
