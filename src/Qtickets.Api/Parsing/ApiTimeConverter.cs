using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Timestamps in the API's own form (<see cref="IsoTimestamp"/>). <c>null</c>, an empty string and the MySQL zero
/// date (<c>0000-00-00 00:00:00</c>) mean no time; any other text, a number or an object is invalid.
/// </summary>
internal sealed class ApiTimeConverter : ApiReadConverter<ApiValue<DateTimeOffset>>
{
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

        var text = ApiTokens.Trimmed(ref reader);
        if (text.IsEmpty || text.StartsWith("0000-00-00"u8))
        {
            return ApiValue<DateTimeOffset>.None;
        }

        return IsoTimestamp.TryParse(text, out var value)
            ? ApiValue<DateTimeOffset>.Of(value)
            : ApiValue<DateTimeOffset>.Invalid(ApiTokens.Describe(ref reader));
    }
}
