using System.Text.Json;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Partners;

/// <summary>Maps Partners offers (with seats as a list or a map keyed by seat id) and found tickets.</summary>
internal static class PartnerParsers
{
    public static Func<JsonElement, ParseResult<PartnerOffer>> Offer(long eventId, long? showId) => element =>
    {
        var fields = new JsonFields(element);
        return ParseResult<PartnerOffer>.Ok(new PartnerOffer(
            fields.String("id") ?? fields.String("offer_id"),
            fields.String("name"),
            fields.Decimal("price"),
            fields.Long("event_id") ?? eventId,
            fields.Long("show_id") ?? showId,
            SeatsOf(fields),
            element.GetRawText()));
    };

    public static ParseResult<PartnerTicket> Ticket(JsonElement element)
    {
        var fields = new JsonFields(element);
        return ParseResult<PartnerTicket>.Ok(new PartnerTicket
        {
            Id = fields.String("id"),
            OrderId = fields.Long("order_id"),
            Barcode = fields.String("barcode"),
            ExternalId = fields.String("external_id"),
            ExternalOrderId = fields.String("external_order_id"),
            EventId = fields.Long("event_id"),
            ShowId = fields.Long("show_id"),
            SeatId = fields.String("seat_id"),
            SeatName = fields.String("seat_name"),
            Price = fields.Decimal("price"),
            Status = fields.String("status"),
            CreatedAt = fields.Date("created_at"),
            RawJson = element.GetRawText(),
        });
    }

    private static List<PartnerSeat> SeatsOf(JsonFields offer)
    {
        if (!offer.TryGet("seats", out var seats))
        {
            return [];
        }

        var entries = seats.ValueKind == JsonValueKind.Object
            ? seats.EnumerateObject().Select(member => ((string?)member.Name, member.Value))
            : JsonFields.ItemsOf(seats).Select(item => (default(string), item));
        return [.. entries.Select(entry => SeatOf(entry.Item1, entry.Item2)).OfType<PartnerSeat>()];
    }

    private static PartnerSeat? SeatOf(string? key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            // A map of seat id to availability flag.
            return key is null ? null : new PartnerSeat(key, null, TolerantValue.Boolean(value) ?? false, null, false);
        }

        var fields = new JsonFields(value);
        var id = fields.String("seat_id") ?? fields.String("id") ?? key;
        return id is null
            ? null
            : new PartnerSeat(id, fields.String("zone_id"), fields.Bool("available") ?? false, fields.Int("free_quantity"), fields.Bool("admission") ?? fields.Has("free_quantity"));
    }
}
