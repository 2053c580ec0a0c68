using System.Text.Json;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Flattens the <c>data</c> of <c>/shows/{id}/seats</c> into seats, whichever shape it has: a flat map
/// <c>{"&lt;seat_id&gt;": seat}</c>, a list of seats, or zones carrying their <c>seats</c> (as a list or a map), keyed by
/// zone or under <c>zones</c>. What an object is (a seat, a zone, a map) shows only in its members, so the structure is
/// walked as a document; each seat's values are read by the record converters (<see cref="RecordJsonContext"/>). A seat
/// without an <c>id</c> takes its <c>seat_id</c>, else its map key; without a zone id, the enclosing zone's.
/// </summary>
internal static class SeatTree
{
    private const string Dataset = "seats";

    private static readonly string[] SeatMarkers = ["max_quantity", "free_quantity", "seat_id", "admission", "available", "disabled"];

    public static (List<Seat> Seats, List<SkippedRecord> Skipped) Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var (seats, skipped) = (new List<Seat>(), new List<SkippedRecord>());
        var root = document.RootElement;
        Walk(root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) ? data : root, null, null, seats, skipped, 0);
        return (seats, skipped);
    }

    private static void Walk(JsonElement node, string? key, string? zoneId, List<Seat> seats, List<SkippedRecord> skipped, int depth)
    {
        if (depth > 8 || node.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            skipped.Add(new SkippedRecord(Dataset, key, $"not a seat, zone or list ({node.ValueKind})"));
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, null, zoneId, seats, skipped, depth + 1);
            }
        }
        else if (Member(node, "seats") is { } zoneSeats)
        {
            Walk(zoneSeats, null, Text(node, "zone_id") ?? Text(node, "id") ?? key ?? zoneId, seats, skipped, depth + 1);
        }
        else if (Member(node, "zones") is { } zones)
        {
            Walk(zones, null, zoneId, seats, skipped, depth + 1);
        }
        else if (SeatMarkers.Any(marker => Member(node, marker) is not null))
        {
            AddSeat(node, key, zoneId, seats, skipped);
        }
        else
        {
            foreach (var member in node.EnumerateObject())
            {
                Walk(member.Value, member.Name, zoneId, seats, skipped, depth + 1);
            }
        }
    }

    private static void AddSeat(JsonElement node, string? key, string? zoneId, List<Seat> seats, List<SkippedRecord> skipped)
    {
        var seat = node.Deserialize(RecordJsonContext.Default.Seat)!;
        if ((Text(node, "id") ?? Text(node, "seat_id") ?? key) is not { } id)
        {
            skipped.Add(new SkippedRecord(Dataset, null, "seat without an id"));
            return;
        }

        seats.Add(seat with { Id = id, ZoneId = seat.ZoneId ?? zoneId });
    }

    /// <summary>A member that is there and not null.</summary>
    private static JsonElement? Member(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A member's text: a string, or a number as written (zone and seat ids come as both).</summary>
    private static string? Text(JsonElement node, string name) => Member(node, name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };
}
