using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.Api.Http;

namespace Qtickets.Api;

/// <summary>
/// <see cref="IQticketsClient"/> over an <see cref="HttpClient"/> the caller owns (a real
/// <see cref="SocketsHttpHandler"/> in the loader, a stub handler in tests).
/// </summary>
public sealed partial class QticketsClient(
    HttpClient httpClient,
    QticketsClientOptions options,
    ILogger? logger = null,
    TimeProvider? timeProvider = null,
    Func<double>? jitter = null)
    : ApiClient(httpClient, options, logger, timeProvider, jitter), IQticketsClient
{
    private readonly QticketsClientOptions _options = options;
    private readonly PostFallback _seatsFallback = new("/shows/{id}/seats", new HashSet<int> { 401, 403, 404 }, logger ?? NullLogger.Instance, (getFailure, _) => getFailure);
}
