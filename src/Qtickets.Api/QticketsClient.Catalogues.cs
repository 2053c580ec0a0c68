using Qtickets.Api.Models;
using Qtickets.Api.Paging;
using Qtickets.Api.Parsing;

namespace Qtickets.Api;

public sealed partial class QticketsClient
{
    public Task<ListResult<Client>> GetClientsAsync(CancellationToken cancellationToken) =>
        CatalogueAsync(ListSpec.Unfiltered("clients", "clients"), CatalogueParsers.Client, cancellationToken);

    public Task<ListResult<PriceShade>> GetPriceShadesAsync(CancellationToken cancellationToken) =>
        CatalogueAsync(ListSpec.Unfiltered("price_shades", "color-themes"), CatalogueParsers.PriceShade, cancellationToken);

    public Task<ListResult<Discount>> GetDiscountsAsync(CancellationToken cancellationToken) =>
        CatalogueAsync(ListSpec.Unfiltered("discounts", "discounts"), CatalogueParsers.Discount, cancellationToken);

    public Task<ListResult<PromoCode>> GetPromoCodesAsync(CancellationToken cancellationToken) =>
        CatalogueAsync(ListSpec.Unfiltered("promo_codes", "promo-codes"), CatalogueParsers.PromoCode, cancellationToken);

    private async Task<ListResult<T>> CatalogueAsync<T>(ListSpec spec, Func<System.Text.Json.JsonElement, ParseResult<T>> parse, CancellationToken cancellationToken)
        where T : class =>
        InStubMode()
            ? ListResult<T>.Empty
            : await Lists.FetchAllAsync(spec, parse, static _ => true, cancellationToken);
}
