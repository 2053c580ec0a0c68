using System.Text.Json.Serialization;
using Qtickets.Api.Models;
using Qtickets.Api.Partners;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>
/// Source-generated metadata of the records read whole into their models: events with city and shows, seats,
/// catalogues, Partners tickets, and the error bodies of both APIs. A member's name is the snake-case name of its
/// property (<c>is_active</c>, <c>max_quantity</c>); unknown members are skipped. The converters read PHP's ways like
/// the order converters and never throw on a value: what cannot be read is null.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(OptionalValueConverter), typeof(ApiTextConverter)])]
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
