using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    public Task<ListResult<Client>> StreamClientsAsync(Func<IReadOnlyList<Client>, CancellationToken, ValueTask> onPage, CancellationToken cancellationToken) =>
        CatalogueAsync(Catalogue("clients", "clients"), CatalogueParsers.Client, onPage, cancellationToken);

    public Task<ListResult<PriceShade>> GetPriceShadesAsync(CancellationToken cancellationToken) =>
        CatalogueAsync(Catalogue("price_shades", "color-themes"), CatalogueParsers.PriceShade, cancellationToken);

    public Task<ListResult<Discount>> GetDiscountsAsync(CancellationToken cancellationToken) =>
        CatalogueAsync(Catalogue("discounts", "discounts"), CatalogueParsers.Discount, cancellationToken);

    public Task<ListResult<PromoCode>> GetPromoCodesAsync(CancellationToken cancellationToken) =>
        CatalogueAsync(Catalogue("promo_codes", "promo-codes"), CatalogueParsers.PromoCode, cancellationToken);

    private ListSpec Catalogue(string dataset, string path) => ListSpec.Unfiltered(dataset, path, _options.CataloguePageSize);

    private Task<ListResult<T>> CatalogueAsync<T>(
        ListSpec spec, Func<System.Text.Json.JsonElement, ParseResult<T>> parse, CancellationToken cancellationToken)
        where T : class =>
        CatalogueAsync(spec, parse, onPage: null, cancellationToken);

    private async Task<ListResult<T>> CatalogueAsync<T>(
        ListSpec spec,
        Func<System.Text.Json.JsonElement, ParseResult<T>> parse,
        Func<IReadOnlyList<T>, CancellationToken, ValueTask>? onPage,
        CancellationToken cancellationToken)
        where T : class =>
        InStubMode()
            ? ListResult<T>.Empty
            : await Lists.FetchAllAsync(spec, parse, static _ => true, onPage, cancellationToken).ConfigureAwait(false);
}
