namespace Qtickets.Api.Partners;

/// <summary>One offer (price category) of <c>events/offers/{event_id}/{show_id?}</c> with its seats; raw JSON kept.</summary>
public sealed record PartnerOffer(
    string? Id,
    string? Name,
    decimal? Price,
    long EventId,
    long? ShowId,
    IReadOnlyList<PartnerSeat> Seats,
    string RawJson);
