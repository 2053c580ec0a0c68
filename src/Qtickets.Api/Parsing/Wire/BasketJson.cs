using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>One basket (ticket) of an order as the API sends it.</summary>
internal sealed record BasketJson
{
    [JsonPropertyName("id")]
    public ApiValue<decimal> Id { get; init; }

    [JsonPropertyName("show_id")]
    public ApiValue<decimal> ShowId { get; init; }

    [JsonPropertyName("price")]
    public ApiValue<decimal> Price { get; init; }

    [JsonPropertyName("quantity")]
    public ApiValue<decimal> Quantity { get; init; }

    [JsonPropertyName("created_at")]
    public ApiValue<DateTimeOffset> CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public ApiValue<DateTimeOffset> UpdatedAt { get; init; }

    [JsonPropertyName("deleted_at")]
    public ApiValue<DateTimeOffset> DeletedAt { get; init; }

    [JsonPropertyName("refunded_at")]
    public ApiValue<DateTimeOffset> RefundedAt { get; init; }

    [JsonPropertyName("refunded_amount")]
    public ApiValue<decimal> RefundedAmount { get; init; }

    [JsonPropertyName("client_email")]
    public string? ClientEmail { get; init; }
}
