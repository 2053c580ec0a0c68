using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;
using Qtickets.Api.Parsing.Wire;
using Qtickets.Api.Query;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    private static RecordJsonContext Json => RecordJsonContext.Default;

    /// <summary>
    /// Every buyer of <c>/clients</c>, handed to <paramref name="onPage"/> page by page (in page order) instead of
    /// collected: a tenant's whole client base streams through in bounded memory. The result holds counts,
    /// skipped records and warnings; its <see cref="ListResult{T}.Items"/> is empty.
    /// </summary>
    public Task<ListResult<Client>> StreamClientsAsync(Func<IReadOnlyList<Client>, CancellationToken, ValueTask> onPage, CancellationToken cancellationToken) =>
        FetchAllAsync(Catalogue("clients", "clients", Json.Client, (record, json) => RecordCheck.ById(record with { RawJson = RecordCheck.Json(json) }, record.Id, json)), onPage, cancellationToken);

    /// <summary>Every price shade of <c>/color-themes</c>, all pages. Optional dataset, like the two below.</summary>
    public Task<ListResult<PriceShade>> GetPriceShadesAsync(CancellationToken cancellationToken) =>
        FetchAllAsync(Catalogue("price_shades", "color-themes", Json.PriceShade, (record, json) => RecordCheck.ById(record with { RawJson = RecordCheck.Json(json) }, record.Id, json)), null, cancellationToken);

    public Task<ListResult<Discount>> GetDiscountsAsync(CancellationToken cancellationToken) =>
        FetchAllAsync(Catalogue("discounts", "discounts", Json.Discount, (record, json) => RecordCheck.ById(record with { RawJson = RecordCheck.Json(json) }, record.Id, json)), null, cancellationToken);

    public Task<ListResult<PromoCode>> GetPromoCodesAsync(CancellationToken cancellationToken) =>
        FetchAllAsync(Catalogue("promo_codes", "promo-codes", Json.PromoCode, (record, json) => RecordCheck.ById(record with { RawJson = RecordCheck.Json(json) }, record.Id, json)), null, cancellationToken);

    /// <summary>A catalogue: read whole and unfiltered, at the catalogue page size.</summary>
    private ListSpec<T> Catalogue<T>(string dataset, string path, JsonTypeInfo<T> type, Func<T, ReadOnlySpan<byte>, ParseResult<T>> check)
        where T : class => new(dataset, path, _options.CataloguePageSize, type, check);

    /// <summary>
    /// Every record of a listing: page 1 first, then, once <c>paging.total</c> is known, the remaining pages
    /// concurrently (bounded), reconciled with the total (<see cref="PageWalk"/>). The filter, when there is one, is
    /// sent as the documented JSON body; the caller re-applies it, because a tenant may ignore it. When
    /// <paramref name="sink"/> is given, each page's records are handed to it as the page arrives (in page order) and
    /// not retained, so a large listing streams through in bounded memory, and the result holds counts and warnings only.
    /// In stub mode, nothing.
    /// </summary>
    private async Task<ListResult<T>> FetchAllAsync<T>(ListSpec<T> spec, Func<IReadOnlyList<T>, CancellationToken, ValueTask>? sink, CancellationToken cancellationToken)
        where T : class
    {
        if (InStubMode())
        {
            return ListResult<T>.Empty;
        }

        var (items, skipped, warnings, pages) = (new List<T>(), new List<SkippedRecord>(), new List<FetchWarning>(), 0);
        async ValueTask AddAsync(ParsedPage<T> page)
        {
            pages++;
            skipped.AddRange(page.Skipped);
            if (sink is null)
            {
                items.AddRange(page.Items);
            }
            else if (page.Items.Count > 0)
            {
                await sink(page.Items, cancellationToken).ConfigureAwait(false);
            }
        }

        var first = await FetchPageAsync(spec, 1, cancellationToken).ConfigureAwait(false);
        if (first.IsBareList)
        {
            // A bare JSON list is the whole listing: there is no paging to walk or to reconcile.
            await AddAsync(first).ConfigureAwait(false);
            return new ListResult<T>(items, skipped, pages, null, warnings);
        }

        var walk = new PageWalk(spec.Dataset, $"GET /{spec.Path}");
        walk.Accept(first, null);
        var rest = walk.PagesAfterAsync(first, (page, token) => FetchPageAsync(spec, page, token), _options.MaxConcurrency, cancellationToken);
        await foreach (var page in rest.Prepend(first).ConfigureAwait(false))
        {
            await AddAsync(page).ConfigureAwait(false);
        }

        if (walk.Finish() is { } more)
        {
            Logger.LogWarning("QTickets {Warning}", more.Message);
            warnings.Add(more);
        }

        Logger.LogDebug("QTickets {Dataset}: {Pages} pages, {Records} records", spec.Dataset, pages, walk.RecordsRead);
        return new ListResult<T>(items, skipped, pages, first.Paging.Total, warnings);
    }

    /// <summary>The page is read inside the attempt, so an answer that is not valid JSON is retried.</summary>
    private Task<ParsedPage<T>> FetchPageAsync<T>(ListSpec<T> spec, int page, CancellationToken cancellationToken)
        where T : class
    {
        var body = spec.Where.Count > 0 ? new QueryJson(spec.Where, null, page, spec.PageSize).Write() : null;
        return Transport.SendAsync(
            ApiRequest.Page(HttpMethod.Get, spec.Path, page, spec.PageSize, body),
            retry: true,
            answer => RecordPage.Read(answer.Span, page, spec.Dataset, spec.Type, spec.Check),
            cancellationToken);
    }
}
