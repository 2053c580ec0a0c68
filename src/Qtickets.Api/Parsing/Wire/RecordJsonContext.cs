using System.Text.Json.Serialization;
using Qtickets.Api.Models;
using Qtickets.Api.Partners;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>
/// Source-generated metadata of every record the client reads (no reflection at run time): the order wire records,
/// read without judgement into <see cref="ApiValue{T}"/> members that the data contract judges afterwards; the records
/// read whole into their models (events with city and shows, seats, catalogues, Partners tickets), whose values are
/// null when they cannot be read; paging; and the error bodies of both APIs. A member's name is the snake-case name of
/// its property (<c>is_active</c>, <c>max_quantity</c>); unknown members are skipped. The converters read PHP's ways
/// (numbers as strings, <c>[]</c> for empty objects) and never throw on a value.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(ApiNumberConverter), typeof(ApiFlagConverter), typeof(ApiTimeConverter), typeof(OptionalValueConverter), typeof(ApiTextConverter)])]
[JsonSerializable(typeof(OrderJson))]
[JsonSerializable(typeof(PagingJson))]
[JsonSerializable(typeof(BarcodeJson))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(EventAnswerJson))]
[JsonSerializable(typeof(Seat))]
[JsonSerializable(typeof(Client))]
[JsonSerializable(typeof(PriceShade))]
[JsonSerializable(typeof(Discount))]
[JsonSerializable(typeof(PromoCode))]
[JsonSerializable(typeof(PartnerTicket))]
[JsonSerializable(typeof(ErrorJson))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
