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
        var first = await FetchPageAsync(spec, 1, parse, cancellationToken);
        if (await GuardAsync(spec, first, null, result, cancellationToken) && first.Paging.PageCount is { } pages)
        {
            await WalkRestAsync(spec, parse, first, pages, result, cancellationToken);
        }
        else if (first.Paging != PageInfo.None && first.Paging.PageCount is null)
        {
            result.Warn(new FetchWarning(FetchWarningKind.PagingIncomplete, $"{spec.Dataset}: paging without total/perPage; only page 1 was read"));
        }

        logger.LogDebug("QTickets {Dataset}: {Pages} pages, {Records} records", spec.Dataset, result.Pages, result.RecordsSeen);
        return result.ToResult(first.Paging.Total);
    }

    private async Task WalkRestAsync<T>(ListSpec spec, Func<JsonElement, ParseResult<T>> parse, ParsedPage<T> first, int pages, ListAccumulator<T> result, CancellationToken cancellationToken)
        where T : class
    {
        var previous = first;
        var fetches = OrderedPageFetcher.FetchAsync(
            Enumerable.Range(2, Math.Max(0, pages - 1)),
            (page, token) => FetchPageAsync(spec, page, parse, token),
            options.MaxConcurrency,
            cancellationToken);
        await foreach (var page in fetches)
        {
            if (!await GuardAsync(spec, page, previous, result, cancellationToken))
            {
                return;
            }

            previous = page;
        }

        if (PageGuard.CheckTotal(spec.Dataset, result.RecordsSeen, first.Paging.Total) is { } mismatch)
        {
            result.Warn(mismatch);
        }
    }

    /// <summary>Adds the page, or records why the walk must stop; true to go on.</summary>
    private async ValueTask<bool> GuardAsync<T>(
        ListSpec spec, ParsedPage<T> page, ParsedPage<T>? previous, ListAccumulator<T> result, CancellationToken cancellationToken)
    {
        if (PageGuard.Check(spec.Dataset, page, previous, page.Paging.PageCount) is { } warning)
        {
            logger.LogWarning("QTickets {Warning}", warning.Message);
            result.Warn(warning);
            return false;
        }

        await result.AddAsync(page, cancellationToken);
        return true;
    }

    private async Task<ParsedPage<T>> FetchPageAsync<T>(ListSpec spec, int page, Func<JsonElement, ParseResult<T>> parse, CancellationToken cancellationToken)
        where T : class
    {
        var request = Request(spec, page);
        using var document = await transport.SendAsync(request, cancellationToken);
        return PageReader.Read(document.RootElement, page, spec.Dataset, parse, request, transport.Redactor);
    }

    private ApiRequest Request(ListSpec spec, int page)
    {
        var perPage = spec.PageSize ?? options.RequestedPageSize;
        var query = string.Create(CultureInfo.InvariantCulture, $"page={page}&per_page={perPage}");
        var body = spec.Where.Count > 0 ? QueryBody.Write(spec.Where, orderByColumn: null, page, perPage) : null;
        return new ApiRequest(HttpMethod.Get, spec.Path, query, body);
    }
}
