using System.Text.Json.Serialization;

namespace Qtickets.Pipeline.Rows;

/// <summary>One row of <c>stg_qtickets_api_promo_codes_raw</c>.</summary>
public sealed record PromoCodeRow
{
    public required string PromoCodeId { get; init; }

    public string Code { get; init; } = string.Empty;

    public string DiscountType { get; init; } = string.Empty;

    public double? DiscountValue { get; init; }

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
