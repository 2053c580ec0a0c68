using System.Text.Json.Serialization.Metadata;
using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;
using Qtickets.Api.Parsing.Wire;

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
        CatalogueAsync("clients", "clients", Json.Client, (record, json) => RecordCheck.ById(record with { RawJson = RecordCheck.Json(json) }, record.Id, json), onPage, cancellationToken);

    /// <summary>Every price shade of <c>/color-themes</c>, all pages. Optional dataset, like the two below.</summary>
    public Task<ListResult<PriceShade>> GetPriceShadesAsync(CancellationToken cancellationToken) =>
        CatalogueAsync("price_shades", "color-themes", Json.PriceShade, (record, json) => RecordCheck.ById(record with { RawJson = RecordCheck.Json(json) }, record.Id, json), null, cancellationToken);

    public Task<ListResult<Discount>> GetDiscountsAsync(CancellationToken cancellationToken) =>
        CatalogueAsync("discounts", "discounts", Json.Discount, (record, json) => RecordCheck.ById(record with { RawJson = RecordCheck.Json(json) }, record.Id, json), null, cancellationToken);

    public Task<ListResult<PromoCode>> GetPromoCodesAsync(CancellationToken cancellationToken) =>
        CatalogueAsync("promo_codes", "promo-codes", Json.PromoCode, (record, json) => RecordCheck.ById(record with { RawJson = RecordCheck.Json(json) }, record.Id, json), null, cancellationToken);

    private async Task<ListResult<T>> CatalogueAsync<T>(
        string dataset,
        string path,
        JsonTypeInfo<T> type,
        Func<T, ReadOnlySpan<byte>, ParseResult<T>> check,
        Func<IReadOnlyList<T>, CancellationToken, ValueTask>? onPage,
        CancellationToken cancellationToken)
        where T : class =>
        InStubMode()
            ? ListResult<T>.Empty
            : await FetchAllAsync(new ListSpec<T>(dataset, path, _options.CataloguePageSize, type, check), onPage, cancellationToken).ConfigureAwait(false);
}
