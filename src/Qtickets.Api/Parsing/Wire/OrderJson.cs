using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>
/// An order record as the API sends it, read without judgement: every member the loader uses, nothing else (unknown
/// members are skipped). A member missing from the record is null or <see cref="ApiValueState.Absent"/>.
/// <see cref="OrderContract"/> turns it into an <see cref="Models.Order"/> or a rejection.
/// </summary>
internal sealed record OrderJson
{
    public ApiValue<decimal> Id { get; set; }

    public ApiValue<bool> Payed { get; set; }

    public ApiValue<DateTimeOffset> PayedAt { get; set; }

    public ApiValue<DateTimeOffset> CreatedAt { get; set; }

    public ApiValue<DateTimeOffset> UpdatedAt { get; set; }

    public ApiValue<DateTimeOffset> DeletedAt { get; set; }

    public ApiValue<decimal> EventId { get; set; }

    public ApiValue<decimal> Price { get; set; }

    public string? CurrencyId { get; set; }

    [JsonConverter(typeof(PhpObjectConverter<ClientJson>))]
    public ClientJson? Client { get; set; }

    [JsonConverter(typeof(PhpObjectConverter<UtmJson>))]
    public UtmJson? Utm { get; set; }

    [JsonConverter(typeof(ApiListConverter<RefundJson>))]
    public ApiList<RefundJson>? Refunds { get; set; }

    [JsonConverter(typeof(ApiListConverter<BasketJson>))]
    public ApiList<BasketJson>? Baskets { get; set; }
}
