namespace Qtickets.Simulator.Http;

internal enum Endpoint
{
    OrdersList,
    OrdersPost,
    Order,
    OrderBaskets,
    EventsList,
    Event,
    Clients,
    ColorThemes,
    Discounts,
    PromoCodes,
    ShowSeats,
    ShowBarcodes,
    ShowBarcode,
    PartnersEventsList,
    PartnersSeatmap,
    PartnersOffers,
    PartnersTicketsFind,
}
