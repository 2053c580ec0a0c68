using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Http;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api.Paging;

/// <summary>
/// Reads every page of a listing: page 1 first, then, once <c>paging.total</c> is known, the remaining pages
/// concurrently (bounded), guarded against empty, repeated and surplus pages. The filter, when there is one, is
/// sent as the documented JSON body and re-applied locally, because a tenant may ignore it.
/// </summary>
internal sealed class ListFetcher(ApiTransport transport, QticketsClientOptions options, ILogger logger)
{
    public Task<ListResult<T>> FetchAllAsync<T>(
        ListSpec spec, Func<JsonElement, ParseResult<T>> parse, Func<T, bool> keep, CancellationToken cancellationToken)
        where T : class =>
        FetchAllAsync(spec, parse, keep, sink: null, cancellationToken);

    /// <summary>
    /// As the other overload; when <paramref name="sink"/> is given, each page's kept records are handed to it as the
    /// page arrives (in page order) and not retained, so a large listing streams through in bounded memory; the
    /// result then holds counts and warnings only.
    /// </summary>
    public async Task<ListResult<T>> FetchAllAsync<T>(
        ListSpec spec,
        Func<JsonElement, ParseResult<T>> parse,
        Func<T, bool> keep,
        Func<IReadOnlyList<T>, CancellationToken, ValueTask>? sink,
        CancellationToken cancellationToken)
        where T : class
    {
        var result = new ListAccumulator<T>(keep, sink);
        var first = await FetchPageAsync(spec, 1, parse, cancellationToken).ConfigureAwait(false);
        if (first.Paging == PageInfo.None && first.ShapeProblem is null && first.IsBareList)
        {
            // A bare JSON list is the whole listing: there is no paging to walk or to reconcile.
            await result.AddAsync(first, cancellationToken).ConfigureAwait(false);
            return result.ToResult(null);
        }

        var walk = new PageWalk(spec.Dataset, $"GET /{spec.Path}");
        walk.Accept(first, null);
        await result.AddAsync(first, cancellationToken).ConfigureAwait(false);
        var previous = first;
        var fetches = OrderedPageFetcher.FetchAsync(
            Enumerable.Range(2, Math.Max(0, first.Paging.PageCount!.Value - 1)),
            (page, token) => FetchPageAsync(spec, page, parse, token),
            options.MaxConcurrency,
            cancellationToken);
        await foreach (var page in fetches.ConfigureAwait(false))
        {
            walk.Accept(page, previous);
            await result.AddAsync(page, cancellationToken).ConfigureAwait(false);
            previous = page;
        }

        while (PageWalk.ReadsOnAfter(previous))
        {
            var page = await FetchPageAsync(spec, previous.Number + 1, parse, cancellationToken).ConfigureAwait(false);
            walk.Accept(page, previous);
            await result.AddAsync(page, cancellationToken).ConfigureAwait(false);
            previous = page;
        }

        if (walk.Finish() is { } more)
        {
            logger.LogWarning("QTickets {Warning}", more.Message);
            result.Warn(more);
        }

        logger.LogDebug("QTickets {Dataset}: {Pages} pages, {Records} records", spec.Dataset, result.Pages, result.RecordsSeen);
        return result.ToResult(first.Paging.Total);
    }

    private async Task<ParsedPage<T>> FetchPageAsync<T>(ListSpec spec, int page, Func<JsonElement, ParseResult<T>> parse, CancellationToken cancellationToken)
        where T : class
    {
        var request = Request(spec, page);
        using var document = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return PageReader.Read(document.RootElement, page, spec.Dataset, parse);
    }

    private ApiRequest Request(ListSpec spec, int page)
    {
        var perPage = spec.PageSize ?? options.RequestedPageSize;
        var query = string.Create(CultureInfo.InvariantCulture, $"page={page}&per_page={perPage}");
        var body = spec.Where.Count > 0 ? QueryBody.Write(spec.Where, orderByColumn: null, page, perPage) : null;
        return new ApiRequest(HttpMethod.Get, spec.Path, query, body);
    }
}
