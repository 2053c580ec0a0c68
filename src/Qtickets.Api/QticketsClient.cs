using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.Api.Http;
using Qtickets.Api.Orders;

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

    /// <summary>
    /// Streams the orders of <paramref name="query"/> per page (docs/data-contract.md, "Fetching orders"). Nothing is
    /// requested until the stream is enumerated; read it once with <c>await foreach</c> (pass the cancellation token
    /// with <c>WithCancellation</c>), then read <see cref="OrderStream.Summary"/>. Breaking out of the loop stops
    /// fetching. Throws <see cref="Errors.QticketsOrdersUnavailableException"/> when both the documented GET and the
    /// POST fallback fail.
    /// </summary>
    /// <param name="query">The window on <c>updated_at</c>, paid only, full scan; validated here.</param>
    /// <param name="progress">Told the running summary after every page (pages, records seen and kept, elapsed).</param>
    public OrderStream StreamOrders(OrderQuery query, IProgress<OrderFetchSummary>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid order query: {string.Join(" ", errors)}", nameof(query));
        }

        if (InStubMode())
        {
            var stub = new OrderFetchSummaryBuilder(Time, OrderFetchMode.Stub);
            stub.Stub(StubReason!);
            return new OrderStream(_ => AsyncEnumerable.Empty<OrderBatch>(), stub);
        }

        var summary = new OrderFetchSummaryBuilder(Time, OrderFetchMode.Filtered);
        return new OrderStream(new OrderFetchRun(Transport, query, _options, summary, progress, Logger, Time).RunAsync, summary);
    }
}
