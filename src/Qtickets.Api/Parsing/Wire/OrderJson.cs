using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>
/// An order record as the API sends it, read without judgement: every member the loader uses, nothing else (unknown
/// members are skipped). A member missing from the record is null or <see cref="ApiValueState.Absent"/>. <see cref="OrderContract"/> turns it into an <see cref="Models.Order"/> or a rejection.
/// </summary>
internal sealed record OrderJson
{
    [JsonPropertyName("id")]
    public ApiValue<decimal> Id { get; init; }

    [JsonPropertyName("payed")]
    public ApiValue<bool> Payed { get; init; }

    [JsonPropertyName("payed_at")]
    public ApiValue<DateTimeOffset> PayedAt { get; init; }

    [JsonPropertyName("created_at")]
    public ApiValue<DateTimeOffset> CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public ApiValue<DateTimeOffset> UpdatedAt { get; init; }

    [JsonPropertyName("deleted_at")]
    public ApiValue<DateTimeOffset> DeletedAt { get; init; }

    [JsonPropertyName("event_id")]
    public ApiValue<decimal> EventId { get; init; }

    [JsonPropertyName("price")]
    public ApiValue<decimal> Price { get; init; }

    [JsonPropertyName("currency_id")]
    public string? CurrencyId { get; init; }

    [JsonPropertyName("client")]
    [JsonConverter(typeof(PhpObjectConverter<ClientJson>))]
    public ClientJson? Client { get; init; }

    [JsonPropertyName("utm")]
    [JsonConverter(typeof(PhpObjectConverter<UtmJson>))]
    public UtmJson? Utm { get; init; }

    [JsonPropertyName("refunds")]
    [JsonConverter(typeof(ApiListConverter<RefundJson>))]
    public ApiList<RefundJson>? Refunds { get; init; }

    [JsonPropertyName("baskets")]
    [JsonConverter(typeof(ApiListConverter<BasketJson>))]
    public ApiList<BasketJson>? Baskets { get; init; }
}
