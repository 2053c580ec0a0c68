using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Flattens the <c>data</c> of <c>/shows/{id}/seats</c> into seat records, whichever shape it has: a flat map
/// <c>{"&lt;seat_id&gt;": seat}</c>, a list of seats, or zones carrying their <c>seats</c> (as a list or a map).
/// A seat without an id of its own takes its map key; without a zone id, the enclosing zone's.
/// </summary>
internal static class SeatParser
{
    public const string Dataset = "seats";

    private static readonly string[] SeatMarkers = ["max_quantity", "free_quantity", "seat_id", "admission", "available", "disabled"];

    public static (List<Seat> Seats, List<SkippedRecord> Skipped) ParseAll(JsonElement data)
    {
        var seats = new List<Seat>();
        var skipped = new List<SkippedRecord>();
        Walk(data, key: null, zoneId: null, seats, skipped, depth: 0);
        return (seats, skipped);
    }

    private static void Walk(JsonElement node, string? key, string? zoneId, List<Seat> seats, List<SkippedRecord> skipped, int depth)
    {
        var fields = new JsonFields(node);
        if (depth > 8 || node.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            skipped.Add(new SkippedRecord(Dataset, key, $"not a seat, zone or list ({node.ValueKind})"));
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            WalkAll(node.EnumerateArray().Select(item => (default(string), item)), zoneId, seats, skipped, depth);
        }
        else if (fields.TryGet("seats", out var zoneSeats))
        {
            var zone = fields.String("zone_id") ?? fields.String("id") ?? key ?? zoneId;
            Walk(zoneSeats, key: null, zone, seats, skipped, depth + 1);
        }
        else if (fields.TryGet("zones", out var zones))
        {
            Walk(zones, key: null, zoneId, seats, skipped, depth + 1);
        }
        else if (SeatMarkers.Any(fields.Has))
        {
            AddSeat(fields, key, zoneId, seats, skipped);
        }
        else
        {
            WalkAll(node.EnumerateObject().Select(member => ((string?)member.Name, member.Value)), zoneId, seats, skipped, depth);
        }
    }

    private static void WalkAll(IEnumerable<(string? Key, JsonElement Node)> children, string? zoneId, List<Seat> seats, List<SkippedRecord> skipped, int depth)
    {
        foreach (var (key, node) in children)
        {
            Walk(node, key, zoneId, seats, skipped, depth + 1);
        }
    }

    private static void AddSeat(JsonFields fields, string? key, string? zoneId, List<Seat> seats, List<SkippedRecord> skipped)
    {
        if ((fields.String("id") ?? fields.String("seat_id") ?? key) is not { } id)
        {
            skipped.Add(new SkippedRecord(Dataset, null, "seat without an id"));
            return;
        }

        seats.Add(Map(fields, id, zoneId));
    }

    private static Seat Map(JsonFields fields, string id, string? zoneId) => new()
    {
        Id = id,
        ZoneId = fields.String("zone_id") ?? zoneId,
        MaxQuantity = fields.Int("max_quantity"),
        FreeQuantity = fields.Int("free_quantity"),
        Available = fields.Bool("available"),
        Disabled = fields.Bool("disabled"),
        Price = fields.Decimal("price"),
        CurrencyId = fields.String("currency_id"),
    };
}
