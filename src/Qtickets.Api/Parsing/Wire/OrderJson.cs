using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>
/// An order record as the API sends it, read without judgement: every member the loader uses, nothing else (unknown
/// members are skipped). A member missing from the record is null or <see cref="ApiValueState.Absent"/>. <see cref="OrderContract"/> turns it into an <see cref="Models.Order"/> or a rejection.
/// </summary>
internal sealed record OrderJson
{
    [JsonPropertyName("id")]
    public ApiValue<decimal> Id { get; set; }

    [JsonPropertyName("payed")]
    public ApiValue<bool> Payed { get; set; }

    [JsonPropertyName("payed_at")]
    public ApiValue<DateTimeOffset> PayedAt { get; set; }

    [JsonPropertyName("created_at")]
    public ApiValue<DateTimeOffset> CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public ApiValue<DateTimeOffset> UpdatedAt { get; set; }

    [JsonPropertyName("deleted_at")]
    public ApiValue<DateTimeOffset> DeletedAt { get; set; }

    [JsonPropertyName("event_id")]
    public ApiValue<decimal> EventId { get; set; }

    [JsonPropertyName("price")]
    public ApiValue<decimal> Price { get; set; }

    [JsonPropertyName("currency_id")]
    public string? CurrencyId { get; set; }

    [JsonPropertyName("client")]
    [JsonConverter(typeof(PhpObjectConverter<ClientJson>))]
    public ClientJson? Client { get; set; }

    [JsonPropertyName("utm")]
    [JsonConverter(typeof(PhpObjectConverter<UtmJson>))]
    public UtmJson? Utm { get; set; }

    [JsonPropertyName("refunds")]
    [JsonConverter(typeof(ApiListConverter<RefundJson>))]
    public ApiList<RefundJson>? Refunds { get; set; }

    [JsonPropertyName("baskets")]
    [JsonConverter(typeof(ApiListConverter<BasketJson>))]
    public ApiList<BasketJson>? Baskets { get; set; }
}
