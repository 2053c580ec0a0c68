namespace Qtickets.Simulator.Http;

/// <summary>Maps method and path to an endpoint; anything else is nginx's 404 page.</summary>
internal static class RouteMatcher
{
    public const string RestPrefix = "/api/rest/v1/";
    public const string PartnersPrefix = "/api/partners/v1/";

    public static RouteMatch? Match(string method, string path)
    {
        if (path.StartsWith(RestPrefix, StringComparison.Ordinal))
        {
            return MatchRest(method, Segments(path[RestPrefix.Length..]));
        }

        if (path.StartsWith(PartnersPrefix, StringComparison.Ordinal) && method is "GET" or "POST")
        {
            return MatchPartners(Segments(path[PartnersPrefix.Length..]));
        }

        return null;
    }

    private static string[] Segments(string rest) => rest.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static RouteMatch? MatchRest(string method, string[] s) => (method, s.Length) switch
    {
        ("GET", 1) => ListEndpoint(s[0]) is { } list ? new RouteMatch(list, []) : null,
        ("POST", 1) when s[0] == "orders" => new RouteMatch(Endpoint.OrdersPost, []),
        ("GET", 2) when s[0] == "orders" => new RouteMatch(Endpoint.Order, [s[1]]),
        ("GET", 2) when s[0] == "events" => new RouteMatch(Endpoint.Event, [s[1]]),
        ("DELETE", 3) when s[0] == "orders" && s[2] == "baskets" => new RouteMatch(Endpoint.OrderBaskets, [s[1]]),
        ("GET", 3) when s[0] == "shows" && s[2] == "seats" => new RouteMatch(Endpoint.ShowSeats, [s[1]]),
        ("GET", 3) when s[0] == "shows" && s[2] == "barcodes" => new RouteMatch(Endpoint.ShowBarcodes, [s[1]]),
        ("GET", 4) when s[0] == "shows" && s[2] == "barcode" => new RouteMatch(Endpoint.ShowBarcode, [s[1], s[3]]),
        _ => null,
    };

    private static Endpoint? ListEndpoint(string name) => name switch
    {
        "orders" => Endpoint.OrdersList,
        "events" => Endpoint.EventsList,
        "clients" => Endpoint.Clients,
        "color-themes" => Endpoint.ColorThemes,
        "discounts" => Endpoint.Discounts,
        "promo-codes" => Endpoint.PromoCodes,
        _ => null,
    };

    private static RouteMatch? MatchPartners(string[] s) => s switch
    {
        ["events", "lists"] => new RouteMatch(Endpoint.PartnersEventsList, []),
        ["events", "seatmap", var e] => new RouteMatch(Endpoint.PartnersSeatmap, [e]),
        ["events", "seatmap", var e, var show] => new RouteMatch(Endpoint.PartnersSeatmap, [e, show]),
        ["events", "offers", var e] => new RouteMatch(Endpoint.PartnersOffers, [e]),
        ["events", "offers", var e, var show] => new RouteMatch(Endpoint.PartnersOffers, [e, show]),
        ["tickets", "find"] => new RouteMatch(Endpoint.PartnersTicketsFind, []),
        _ => null,
    };
}
