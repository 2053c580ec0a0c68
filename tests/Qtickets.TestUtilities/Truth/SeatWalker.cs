using System.Text.Json;

namespace Qtickets.TestUtilities.Truth;

/// <summary>The seats rule computed by the test from raw JSON: flat map or zones hierarchy, capacity of seats not disabled.</summary>
public static class SeatWalker
{
    public static long Capacity(JsonElement data) => Seats(data).Where(s => !Flag(s, "disabled")).Sum(s => Quantity(s, "max_quantity"));

    private static IEnumerable<JsonElement> Seats(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            return node.EnumerateArray().SelectMany(Seats);
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (node.TryGetProperty("max_quantity", out _) || node.TryGetProperty("seat_id", out _))
        {
            return [node];
        }

        return node.EnumerateObject().SelectMany(p => Seats(p.Value));
    }

    private static bool Flag(JsonElement seat, string name) =>
        seat.TryGetProperty(name, out var v) && (v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.Number && v.GetInt32() != 0));

    private static long Quantity(JsonElement seat, string name) =>
        seat.TryGetProperty(name, out var v)
            ? (v.ValueKind == JsonValueKind.String ? long.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : v.GetInt64())
            : throw new InvalidOperationException($"a seat without {name}: ask the seats with select");
}
