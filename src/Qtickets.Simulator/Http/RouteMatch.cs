namespace Qtickets.Simulator.Http;

/// <summary>A matched API route and its path arguments (ids, barcode), in path order.</summary>
internal sealed record RouteMatch(Endpoint Endpoint, IReadOnlyList<string> Arguments)
{
    public bool IsPartners => Endpoint >= Endpoint.PartnersEventsList;

    /// <summary>Collections: subject to the error rate and to malformed bodies.</summary>
    public bool IsList => Endpoint is Endpoint.OrdersList or Endpoint.OrdersPost or Endpoint.EventsList or Endpoint.Clients
        or Endpoint.ColorThemes or Endpoint.Discounts or Endpoint.PromoCodes or Endpoint.ShowSeats or Endpoint.ShowBarcodes;
}
