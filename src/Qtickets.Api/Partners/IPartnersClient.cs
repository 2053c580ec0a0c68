using System.Text.Json;

namespace Qtickets.Api.Partners;

/// <summary>
/// The read side of the QTickets Partners API (distributor side, optional) that the loader uses. Its errors come as
/// HTTP 200 with <c>{"status": "error", "code": ...}</c>: they are raised as <see cref="Errors.QticketsApiException"/>
/// with status 200 and the code in <see cref="Errors.QticketsApiException.ApiCode"/>; HTTP failures as for the REST
/// client, after the same retries. In stub mode nothing is sent and every method returns an empty result.
/// </summary>
public interface IPartnersClient
{
    /// <summary>
    /// Tickets matching <paramref name="filter"/>, sent unchanged as the POST body of <c>tickets/find</c>: one element
    /// of <c>QTICKETS_PARTNERS_FIND_REQUESTS</c>, searching by <c>barcode</c>, <c>external_id</c> or
    /// <c>external_order_id</c> (one value or a list), at the top level or in a <c>filter</c> object, for example
    /// <c>{"filter": {"external_order_id": ["P-1", "P-2"]}}</c>.
    /// </summary>
    Task<ListResult<PartnerTicket>> FindTicketsAsync(JsonElement filter, CancellationToken cancellationToken);
}
