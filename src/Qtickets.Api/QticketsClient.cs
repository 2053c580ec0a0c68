using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.Api.Http;

namespace Qtickets.Api;

/// <summary>
/// The QTickets REST API as the loader reads it, over an <see cref="HttpClient"/> the caller owns (a real
/// <see cref="SocketsHttpHandler"/> in the loader, a stub handler in tests). Every call retries 429 (honouring
/// <c>Retry-After</c>), 500, 502, 503, 504, timeouts and connection errors with exponential back-off and jitter, a
/// bounded number of times, each attempt under its own timeout; other 4xx are not retried. A failure that remains is a
/// <see cref="Errors.QticketsApiException"/> carrying the status, endpoint, API error text, request id and a body
/// preview, never the token; a 403 or 404 of an optional dataset shows as
/// <see cref="Errors.QticketsApiException.IsDatasetUnavailable"/> so the caller can skip it. Listings follow
/// <c>paging</c> to the last page; records are parsed tolerantly and an unreadable record is skipped and counted
/// (<see cref="ListResult{T}.Skipped"/>), never thrown. In stub mode (<see cref="ApiClientOptions.StubReason"/>) no
/// request leaves the process: every method returns an empty result and the reason is logged once.
/// </summary>
public sealed partial class QticketsClient(
    HttpClient httpClient,
    QticketsClientOptions options,
    ILogger? logger = null,
    TimeProvider? timeProvider = null,
    Func<double>? jitter = null)
    : ApiClient(httpClient, options, logger, timeProvider, jitter)
{
    private readonly QticketsClientOptions _options = options;
    private readonly PostFallback _seatsFallback = new("/shows/{id}/seats", new HashSet<int> { 401, 403, 404 }, logger ?? NullLogger.Instance, (getFailure, _) => getFailure);
}
