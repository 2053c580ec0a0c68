using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.Api.Http;

namespace Qtickets.Api;

/// <summary>
/// What both clients (REST and Partners) share: options validated once, the transport to their API over an
/// <see cref="HttpClient"/> the caller owns, and stub mode, in which no request leaves the process. A client sets the
/// bearer token and <c>Accept</c> per request and never touches the <see cref="HttpClient"/>'s defaults, so one
/// instance can be shared.
/// </summary>
public abstract class ApiClient
{
    private readonly ApiTransport? _transport;
    private int _stubAnnounced;

    /// <param name="httpClient">Sends the requests; not disposed by the client.</param>
    /// <param name="options">Validated here: invalid options throw an <see cref="ArgumentException"/> listing every problem.</param>
    /// <param name="logger">Retries, mode switches and warnings; the token never appears.</param>
    /// <param name="timeProvider">Clock of back-off delays and timeouts; <see cref="TimeProvider.System"/> by default.</param>
    /// <param name="jitter">Source of jitter samples in [0, 1); <see cref="Random.Shared"/> by default.</param>
    private protected ApiClient(HttpClient httpClient, ApiClientOptions options, ILogger? logger, TimeProvider? timeProvider, Func<double>? jitter)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        (StubReason, Logger, Time) = (options.StubReason, logger ?? NullLogger.Instance, timeProvider ?? TimeProvider.System);
        if (StubReason is null)
        {
            _transport = new ApiTransport(httpClient, options, Logger, Time, jitter ?? Random.Shared.NextDouble);
        }
    }

    private protected string? StubReason { get; }

    private protected ILogger Logger { get; }

    private protected TimeProvider Time { get; }

    private protected ApiTransport Transport => _transport ?? throw new InvalidOperationException($"The {GetType().Name} is in stub mode.");

    /// <summary>True (after logging the reason once) when no request may be sent.</summary>
    private protected bool InStubMode()
    {
        if (StubReason is null)
        {
            return false;
        }

        if (Interlocked.Exchange(ref _stubAnnounced, 1) == 0)
        {
            Logger.LogInformation("{Client} runs in stub mode ({Reason}): no request is sent, every dataset is empty", GetType().Name, StubReason);
        }

        return true;
    }
}
