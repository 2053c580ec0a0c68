using System.Text.Json.Serialization;

namespace Qtickets.Pipeline.Rows;

/// <summary>One row of <c>stg_qtickets_api_clients_raw</c>; plain personal data only when explicitly enabled.</summary>
public sealed record ClientRow
{
    public required string ClientId { get; init; }

    public required string EmailHash { get; init; }

    public string Email { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public string FirstName { get; init; } = string.Empty;

    public string LastName { get; init; } = string.Empty;

    public string MiddleName { get; init; } = string.Empty;

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
