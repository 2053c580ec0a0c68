using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>One basket (ticket) of an order as the API sends it.</summary>
internal sealed record BasketJson
{
    [JsonPropertyName("id")]
    public ApiValue<decimal> Id { get; set; }

    [JsonPropertyName("show_id")]
    public ApiValue<decimal> ShowId { get; set; }

    [JsonPropertyName("price")]
    public ApiValue<decimal> Price { get; set; }

    [JsonPropertyName("quantity")]
    public ApiValue<decimal> Quantity { get; set; }

    [JsonPropertyName("created_at")]
    public ApiValue<DateTimeOffset> CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public ApiValue<DateTimeOffset> UpdatedAt { get; set; }

    [JsonPropertyName("deleted_at")]
    public ApiValue<DateTimeOffset> DeletedAt { get; set; }

    [JsonPropertyName("refunded_at")]
    public ApiValue<DateTimeOffset> RefundedAt { get; set; }

    [JsonPropertyName("refunded_amount")]
    public ApiValue<decimal> RefundedAmount { get; set; }

    [JsonPropertyName("client_email")]
    public string? ClientEmail { get; set; }
}
