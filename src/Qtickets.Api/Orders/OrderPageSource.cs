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
/// query as a JSON body; when GET fails after its retries, ONE <c>POST /orders</c> with the same body is tried,
/// and if it answers, POST is used for the rest of the run. Both failing is a <see cref="QticketsOrdersUnavailableException"/>.
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
    private readonly SemaphoreSlim _fallbackGate = new(1, 1);
    private volatile bool _usePost;
    private QticketsApiException? _postFailure;

    public Task<ParsedPage<Order>> PlainAsync(int page, CancellationToken cancellationToken) =>
        FetchAsync(new ApiRequest(HttpMethod.Get, Path, PageQuery(page, QticketsClientOptions.PlainPageSize)), page, retry: true, cancellationToken);

    public async Task<ParsedPage<Order>> FilteredAsync(int page, CancellationToken cancellationToken)
    {
        if (_usePost)
        {
            return await FetchAsync(FilteredRequest(HttpMethod.Post, page), page, retry: true, cancellationToken);
        }

        try
        {
            return await FetchAsync(FilteredRequest(HttpMethod.Get, page), page, retry: true, cancellationToken);
        }
        catch (QticketsApiException getFailure) when (getFailure.StatusCode is not (401 or 403))
        {
            return await FallBackToPostAsync(page, getFailure, cancellationToken);
        }
    }

    private async Task<ParsedPage<Order>> FallBackToPostAsync(int page, QticketsApiException getFailure, CancellationToken cancellationToken)
    {
        // One POST attempt per run: concurrent pages failing together wait for the first one's verdict.
        await _fallbackGate.WaitAsync(cancellationToken);
        try
        {
            if (_usePost)
            {
                return await FetchAsync(FilteredRequest(HttpMethod.Post, page), page, retry: true, cancellationToken);
            }

            if (_postFailure is not null)
            {
                throw new QticketsOrdersUnavailableException(getFailure, _postFailure);
            }

            return await TryPostOnceAsync(page, getFailure, cancellationToken);
        }
        finally
        {
            _fallbackGate.Release();
        }
    }

    private async Task<ParsedPage<Order>> TryPostOnceAsync(int page, QticketsApiException getFailure, CancellationToken cancellationToken)
    {
        logger.LogWarning("QTickets GET /orders failed ({Failure}); trying POST /orders once with the same query", getFailure.Message);
        try
        {
            var answer = await FetchAsync(FilteredRequest(HttpMethod.Post, page), page, retry: false, cancellationToken);
            _usePost = true;
            summary.PostFallbackUsed();
            summary.Warn(new FetchWarning(FetchWarningKind.PostFallback, $"GET /orders failed ({getFailure.Message}); POST /orders answered and is used for the rest of the run"));
            return answer;
        }
        catch (QticketsApiException postFailure)
        {
            _postFailure = postFailure;
            throw new QticketsOrdersUnavailableException(getFailure, postFailure);
        }
    }

    /// <summary>
    /// The page is read inside the attempt (so invalid JSON is retried) and stamped with the moment it was read.
    /// </summary>
    private async Task<ParsedPage<Order>> FetchAsync(ApiRequest request, int page, bool retry, CancellationToken cancellationToken)
    {
        var answer = await transport.SendAsync(request, retry, body => OrderPageReader.Read(body.Memory.Span, page, clock.Next()), cancellationToken);
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
