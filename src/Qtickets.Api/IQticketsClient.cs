using Qtickets.Api.Models;
using Qtickets.Api.Orders;

namespace Qtickets.Api;

/// <summary>
/// The QTickets REST API as the loader reads it. Every call retries 429 (honouring <c>Retry-After</c>), 500, 502,
/// 503, 504, timeouts and connection errors with exponential back-off and jitter, a bounded number of times, each
/// attempt under its own timeout; other 4xx are not retried. A failure that remains is a
/// <see cref="Errors.QticketsApiException"/> carrying the status, endpoint, API error text, request id and a body
/// preview, never the token; a 403 or 404 of an optional dataset shows as
/// <see cref="Errors.QticketsApiException.IsDatasetUnavailable"/> so the caller can skip it.
/// Listings follow <c>paging</c> to the last page; records are parsed tolerantly and an unreadable record is skipped
/// and counted (<see cref="ListResult{T}.Skipped"/>), never thrown.
/// In stub mode (<see cref="ApiClientOptions.StubReason"/>) no request leaves the process: every method returns an empty result and the
/// reason is logged once.
/// </summary>
public interface IQticketsClient
{
    /// <summary>
    /// Streams the orders of <paramref name="query"/> per page (spec section 5). Nothing is requested until the
    /// stream is enumerated; read it once with <c>await foreach</c> (pass the cancellation token with
    /// <c>WithCancellation</c>), then read <see cref="OrderStream.Summary"/>. Breaking out of the loop stops fetching.
    /// Throws <see cref="Errors.QticketsOrdersUnavailableException"/> when both the documented GET and the POST
    /// fallback fail.
    /// </summary>
    /// <param name="query">The window on <c>updated_at</c>, paid only, full scan; validated here.</param>
    /// <param name="progress">Told after every page (pages, records seen and kept, elapsed).</param>
    OrderStream StreamOrders(OrderQuery query, IProgress<OrderFetchProgress>? progress = null);


    /// <summary>Every event not deleted (<c>deleted_at null</c>, re-checked locally), all pages, with city and shows.</summary>
    Task<ListResult<Event>> GetEventsAsync(CancellationToken cancellationToken);

    /// <summary>One event (<c>GET /events/{id}</c>); null in stub mode.</summary>
    Task<Event?> GetEventAsync(long eventId, CancellationToken cancellationToken);


    /// <summary>
    /// Every buyer of <c>/clients</c>, handed to <paramref name="onPage"/> page by page (in page order) instead of
    /// collected: a tenant's whole client base streams through in bounded memory. The result holds counts,
    /// skipped records and warnings; its <see cref="ListResult{T}.Items"/> is empty.
    /// </summary>
    Task<ListResult<Client>> StreamClientsAsync(Func<IReadOnlyList<Client>, CancellationToken, ValueTask> onPage, CancellationToken cancellationToken);

    /// <summary>Every price shade of <c>/color-themes</c>, all pages. Optional dataset.</summary>
    Task<ListResult<PriceShade>> GetPriceShadesAsync(CancellationToken cancellationToken);

    /// <summary>Every discount of <c>/discounts</c>, all pages. Optional dataset.</summary>
    Task<ListResult<Discount>> GetDiscountsAsync(CancellationToken cancellationToken);

    /// <summary>Every promo code of <c>/promo-codes</c>, all pages. Optional dataset.</summary>
    Task<ListResult<PromoCode>> GetPromoCodesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The seats of one show (<c>GET /shows/{id}/seats</c>), flattened from either the flat
    /// <c>{"&lt;seat_id&gt;": seat}</c> map or the zones/seats hierarchy.
    /// </summary>
    Task<ListResult<Seat>> GetSeatsAsync(long showId, CancellationToken cancellationToken);

    /// <summary>
    /// The ticket barcodes of one show (<c>GET /shows/{id}/barcodes</c>), handed to <paramref name="onChunk"/> in short
    /// lists as they are read, so a show with tens of thousands of tickets never sits in memory as objects. The result
    /// holds counts and skipped records; its <see cref="ListResult{T}.Items"/> is empty.
    /// </summary>
    Task<ListResult<Barcode>> StreamBarcodesAsync(long showId, Func<IReadOnlyList<Barcode>, CancellationToken, ValueTask> onChunk, CancellationToken cancellationToken);
}
