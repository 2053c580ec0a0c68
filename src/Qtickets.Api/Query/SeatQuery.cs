namespace Qtickets.Api.Query;

/// <summary>
/// The documented seats request: the fields the capacity rule needs, flat. Asked without <c>select</c>, the real
/// tenant answered zones whose seats carry only <c>seat_id</c> and <c>admission</c>: no counts at all.
/// </summary>
internal static class SeatQuery
{
    public static readonly IReadOnlyList<string> Fields =
        ["id", "seat_id", "zone_id", "admission", "max_quantity", "free_quantity", "available", "disabled"];

    public static readonly string Body =
        "{\"select\":[" + string.Join(",", Fields.Select(field => "\"" + field + "\"")) + "],\"flat\":true}";
}
