using System.Text.Json.Serialization;

namespace Qtickets.Pipeline.Rows;

/// <summary>One row of <c>fact_qtickets_inventory_latest</c>: an event's capacity and tickets left, summed over its shows.</summary>
public sealed record InventoryLatestRow
{
    public required DateTime SnapshotTs { get; init; }

    public required string EventId { get; init; }

    public required string EventName { get; init; }

    public required string City { get; init; }

    public uint? TicketsTotal { get; init; }

    public uint? TicketsLeft { get; init; }

    /// <summary>
    /// Sent explicitly: ClickHouse 18.16 does not evaluate <c>DEFAULT now()</c> for a column left out of JSONEachRow.
    /// </summary>
    [JsonPropertyName("_loaded_at")]
    public required DateTime LoadedAt { get; init; }

    [JsonPropertyName("_ver")]
    public required ulong Ver { get; init; }
}
