using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api.Orders;

/// <summary>
/// Fetches and parses order pages in both forms. The filtered form is the documented <c>GET /orders</c> with the
/// query as a JSON body, falling back to POST (<see cref="PostFallback"/>) for the rest of the run. Both failing is a
/// <see cref="QticketsOrdersUnavailableException"/>.
/// </summary>
internal sealed class OrderPageSource(
    ApiTransport transport,
    OrderFilter filter,
    int requestedPageSize,
    OrderFetchSummaryBuilder summary,
    ObservationClock clock,
    ILogger logger)
{
    private const string Path = "orders";
    private readonly PostFallback _fallback = new("/orders", new HashSet<int> { 401, 403 }, logger);

    public Task<ParsedPage<Order>> PlainAsync(int page, CancellationToken cancellationToken) =>
        FetchAsync(new ApiRequest(HttpMethod.Get, Path, PageQuery(page, QticketsClientOptions.PlainPageSize)), page, retry: true, cancellationToken);

    public Task<ParsedPage<Order>> FilteredAsync(int page, CancellationToken cancellationToken) =>
        _fallback.SendAsync(
            (method, retry, token) => FetchAsync(FilteredRequest(method, page), page, retry, token),
            getFailure =>
            {
                summary.PostFallbackUsed();
                summary.Warn(new FetchWarning(FetchWarningKind.PostFallback, $"GET /orders failed ({getFailure.Message}); POST /orders answered and is used for the rest of the run"));
            },
            (getFailure, postFailure) => new QticketsOrdersUnavailableException(getFailure, postFailure),
            cancellationToken);

    /// <summary>
    /// The page is read inside the attempt (so invalid JSON is retried) and stamped with the moment it was read.
    /// </summary>
    private async Task<ParsedPage<Order>> FetchAsync(ApiRequest request, int page, bool retry, CancellationToken cancellationToken)
    {
        var answer = await transport.SendAsync(request, retry, body => OrderPageReader.Read(body.Span, page, clock.Next()), cancellationToken).ConfigureAwait(false);
        summary.PageFetched();
        return answer;
    }

    private ApiRequest FilteredRequest(HttpMethod method, int page) => new(
        method,
        Path,
        PageQuery(page, requestedPageSize),
        QueryBody.Write(filter.Where(), orderByColumn: "id", page, requestedPageSize));

    private static string PageQuery(int page, int perPage) =>
        string.Create(CultureInfo.InvariantCulture, $"page={page}&per_page={perPage}");
}
