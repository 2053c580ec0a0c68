using System.Globalization;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api.Orders;

internal sealed partial class OrderFetchRun
{
    private readonly ObservationClock _clock = new(time);
    private readonly PostFallback _fallback = new("/orders", new HashSet<int> { 401, 403 }, logger);

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
            getFailure =>
            {
                summary.PostFallbackUsed();
                summary.Warn(new FetchWarning(FetchWarningKind.PostFallback, $"GET /orders failed ({getFailure.Message}); POST /orders answered and is used for the rest of the run"));
            },
            (getFailure, postFailure) => new QticketsOrdersUnavailableException(getFailure, postFailure),
            cancellationToken);

    /// <summary>The page is read inside the attempt (so invalid JSON is retried) and stamped with the moment it was read.</summary>
    private async Task<ParsedPage<Order>> FetchAsync(ApiRequest request, int page, bool retry, CancellationToken cancellationToken)
    {
        var answer = await transport.SendAsync(request, retry, body => OrderPageReader.Read(body.Span, page, _clock.Next()), cancellationToken).ConfigureAwait(false);
        summary.PageFetched();
        return answer;
    }

    private static string PageQuery(int page, int perPage) =>
        string.Create(CultureInfo.InvariantCulture, $"page={page}&per_page={perPage}");
}
