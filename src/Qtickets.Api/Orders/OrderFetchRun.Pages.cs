using System.Globalization;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api.Orders;

internal sealed partial class OrderFetchRun
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    private readonly PostFallback _fallback = new(
        "/orders",
        new HashSet<int> { 401, 403 },
        logger,
        (getFailure, postFailure) => new QticketsOrdersUnavailableException(getFailure, postFailure),
        getFailure =>
        {
            summary.PostFallbackUsed();
            summary.Warn(new FetchWarning(FetchWarningKind.PostFallback, $"GET /orders failed ({getFailure.Message}); POST /orders answered and is used for the rest of the run"));
        });

    private long _lastStamp;

    /// <summary>A plain page: <c>GET /orders?page=N&amp;per_page=50</c> without a body, the form every tenant honours.</summary>
    private Task<ParsedPage<Order>> PlainAsync(int page, CancellationToken cancellationToken) =>
        FetchAsync(new ApiRequest(HttpMethod.Get, "orders", PageQuery(page, QticketsClientOptions.PlainPageSize)), page, retry: true, cancellationToken);

    /// <summary>
    /// A page in the documented form: <c>GET /orders</c> with the query as a JSON body, falling back to POST
    /// (<see cref="PostFallback"/>) for the rest of the run. Both failing is a <see cref="QticketsOrdersUnavailableException"/>.
    /// </summary>
    private Task<ParsedPage<Order>> FilteredAsync(int page, CancellationToken cancellationToken) =>
        _fallback.SendAsync(
            (method, retry, token) => FetchAsync(
                new ApiRequest(method, "orders", PageQuery(page, options.RequestedPageSize), new QueryJson(query.Where(), QueryJson.ById, page, options.RequestedPageSize).Write()),
                page,
                retry,
                token),
            cancellationToken);

    /// <summary>The page is read inside the attempt (so invalid JSON is retried) and stamped with the moment it was read.</summary>
    private async Task<ParsedPage<Order>> FetchAsync(ApiRequest request, int page, bool retry, CancellationToken cancellationToken)
    {
        var answer = await transport.SendAsync(request, retry, body => OrderPageReader.Read(body.Span, page, NextStamp()), cancellationToken).ConfigureAwait(false);
        summary.PageFetched();
        return answer;
    }

    private static string PageQuery(int page, int perPage) =>
        string.Create(CultureInfo.InvariantCulture, $"page={page}&per_page={perPage}");

    /// <summary>
    /// The moment an answer was read, strictly increasing within a run (whole microseconds, one more than the last
    /// stamp when the clock has not moved on). A stamp is the row version of every order read from that answer, so of
    /// two copies of an order read in one run, the later fetch always wins. Thread-safe: pages are fetched concurrently.
    /// </summary>
    private DateTimeOffset NextStamp()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastStamp);
            var next = Math.Max(time.GetUtcNow().UtcTicks / TicksPerMicrosecond * TicksPerMicrosecond, last + TicksPerMicrosecond);
            if (Interlocked.CompareExchange(ref _lastStamp, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }
}
