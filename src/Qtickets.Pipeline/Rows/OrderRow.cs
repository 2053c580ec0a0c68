using System.Text.Json.Serialization;

namespace Qtickets.Pipeline.Rows;

/// <summary>
/// One row of <c>stg_qtickets_api_orders_raw</c>: the latest state of one order. Invariant: tickets and revenue
/// count only baskets neither deleted nor refunded, so a cancelled or refunded order replaces its earlier row
/// (same <see cref="DedupKey"/>, higher <see cref="Ver"/>) with smaller numbers.
/// </summary>
public sealed record OrderRow
{
    public required string OrderId { get; init; }

    public required string EventId { get; init; }

    public required string City { get; init; }

    public string UtmSource { get; init; } = string.Empty;

    public string UtmMedium { get; init; } = string.Empty;

    public string UtmCampaign { get; init; } = string.Empty;

    public string UtmContent { get; init; } = string.Empty;

    public string UtmTerm { get; init; } = string.Empty;

    /// <summary>Moscow wall-clock time of payment.</summary>
    public required DateTime SaleTs { get; init; }

    public required uint TicketsSold { get; init; }

    public required double Revenue { get; init; }

    public required string Currency { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required bool IsCancelled { get; init; }

    public required uint RefundedTickets { get; init; }

    public required double RefundedAmount { get; init; }

    public string BuyerHash { get; init; } = string.Empty;

    public string BuyerEmail { get; init; } = string.Empty;

    public string BuyerPhone { get; init; } = string.Empty;

    public string BuyerName { get; init; } = string.Empty;

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
