using System.Text.Json.Serialization;

namespace Qtickets.Pipeline.Rows;

/// <summary>One row of <c>stg_qtickets_api_inventory_raw</c>: capacity and tickets left of one show at one snapshot.</summary>
public sealed record InventoryRow
{
    public required DateTime SnapshotTs { get; init; }

    public required string EventId { get; init; }

    public required string EventName { get; init; }

    public required string City { get; init; }

    public required string ShowId { get; init; }

    public uint? TicketsTotal { get; init; }

    public uint? TicketsLeft { get; init; }

    /// <summary>
    /// Sent explicitly: ClickHouse 18.16 does not evaluate <c>DEFAULT now()</c> for a column left out of JSONEachRow.
    /// </summary>
    [JsonPropertyName("_loaded_at")]
    public required DateTime LoadedAt { get; init; }

    [JsonPropertyName("_ver")]
    public required ulong Ver { get; init; }

    [JsonPropertyName("_dedup_key")]
    public required string DedupKey { get; init; }
}
