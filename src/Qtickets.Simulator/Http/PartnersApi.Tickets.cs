using System.Globalization;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;

namespace Qtickets.Simulator.Http;

/// <summary>
/// <c>tickets/find</c>: by <c>barcode</c>, <c>external_id</c> (<c>PTN-T-&lt;basket id&gt;</c>) or
/// <c>external_order_id</c> (<c>PTN-&lt;order id&gt;</c>); only tickets of orders sold through the partner match.
/// </summary>
internal sealed partial class PartnersApi
{
    private Task FindTicketsAsync(ApiRequest request)
    {
        var orderIds = PartnerParameters.Values(request, "external_order_id");
        var ticketIds = PartnerParameters.Values(request, "external_id");
        var barcodes = PartnerParameters.Values(request, "barcode");
        if (orderIds.Count + ticketIds.Count + barcodes.Count == 0)
        {
            return Responses.WritePartnersErrorAsync(
                request.Http, "WRONG_PARAMS", "Give external_order_id, external_id or barcode", request.Aborted);
        }

        var found = orderIds.SelectMany(ByExternalOrderId)
            .Concat(ticketIds.Select(ByExternalTicketId).OfType<(OrderDetails, BasketModel)>())
            .Concat(barcodes.Select(b => _baskets.WithOrderByBarcode(b)).OfType<(OrderDetails, BasketModel)>())
            .Where(t => t.Item1.ExternalOrderId is not null)
            .DistinctBy(t => t.Item2.Id)
            .ToList();
        return WriteResultAsync(request, w =>
        {
            w.WriteStartArray();
            foreach (var (order, basket) in found)
            {
                PartnerTicketJsonWriter.Write(w, order, basket);
            }

            w.WriteEndArray();
        });
    }

    private IEnumerable<(OrderDetails, BasketModel)> ByExternalOrderId(string externalOrderId)
    {
        if (!externalOrderId.StartsWith(BasketLookup.PartnerOrderPrefix, StringComparison.Ordinal)
            || !long.TryParse(externalOrderId.AsSpan(BasketLookup.PartnerOrderPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var orderId)
            || _baskets.Order(orderId) is not { } order)
        {
            return [];
        }

        return order.Baskets.Select(b => (order, b));
    }

    private (OrderDetails, BasketModel)? ByExternalTicketId(string externalId) =>
        externalId.StartsWith(BasketLookup.PartnerTicketPrefix, StringComparison.Ordinal)
        && long.TryParse(externalId.AsSpan(BasketLookup.PartnerTicketPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var basketId)
            ? _baskets.WithOrder(basketId)
            : null;
}
