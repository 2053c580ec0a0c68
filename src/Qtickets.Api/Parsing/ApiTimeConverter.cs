using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Timestamps in the API's own form (<see cref="IsoTimestamp"/>). <c>null</c>, an empty string and the MySQL zero
/// date (<c>0000-00-00 00:00:00</c>) mean no time; any other text, a number or an object is invalid.
/// </summary>
internal sealed class ApiTimeConverter : JsonConverter<ApiValue<DateTimeOffset>>
{
    public override bool HandleNull => true;

    public override ApiValue<DateTimeOffset> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ApiValue<DateTimeOffset>.None;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return ApiValue<DateTimeOffset>.Invalid(ApiTokens.Describe(ref reader));
        }

        var text = ApiTokens.Trimmed(ref reader, out _);
        if (text.IsEmpty || text.StartsWith("0000-00-00"u8))
        {
            return ApiValue<DateTimeOffset>.None;
        }

        return IsoTimestamp.TryParse(text, out var value)
            ? ApiValue<DateTimeOffset>.Of(value)
            : ApiValue<DateTimeOffset>.Invalid(ApiTokens.Describe(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, ApiValue<DateTimeOffset> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("API values are read, never written.");
}
