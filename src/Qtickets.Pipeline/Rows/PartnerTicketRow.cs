using System.Text.Json.Serialization;

namespace Qtickets.Pipeline.Rows;

/// <summary>One row of <c>stg_qtickets_api_partner_tickets_raw</c>.</summary>
public sealed record PartnerTicketRow
{
    public required string TicketId { get; init; }

    public string EventId { get; init; } = string.Empty;

    public string ShowId { get; init; } = string.Empty;

    public string ExternalOrderId { get; init; } = string.Empty;

    public string ExternalId { get; init; } = string.Empty;

    public string Barcode { get; init; } = string.Empty;

    public bool Paid { get; init; }

    public double? Price { get; init; }

    public string PayloadJson { get; init; } = string.Empty;

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
