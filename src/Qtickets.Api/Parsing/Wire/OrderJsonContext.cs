using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing.Wire;

/// <summary>
/// Source-generated metadata of the order wire records: no reflection at run time. The converters make reading
/// tolerant of PHP's ways (numbers as strings, <c>[]</c> for empty objects) and never throw on a value; the data
/// contract judges the values afterwards.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    Converters = [typeof(ApiNumberConverter), typeof(ApiFlagConverter), typeof(ApiTimeConverter), typeof(ApiTextConverter)])]
[JsonSerializable(typeof(OrderJson))]
[JsonSerializable(typeof(PagingJson))]
[JsonSerializable(typeof(BasketJson))]
[JsonSerializable(typeof(ClientJson))]
[JsonSerializable(typeof(UtmJson))]
[JsonSerializable(typeof(RefundJson))]
[JsonSerializable(typeof(BarcodeJson))]
internal sealed partial class OrderJsonContext : JsonSerializerContext;
