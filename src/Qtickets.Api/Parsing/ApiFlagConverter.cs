using System.Text;
using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>Booleans in every PHP spelling: <c>true</c>, <c>1</c>, <c>"1"</c>, <c>"true"</c> and their opposites. Anything else is invalid.</summary>
internal sealed class ApiFlagConverter : ApiReadConverter<ApiValue<bool>>
{
    public override ApiValue<bool> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return ApiValue<bool>.None;
            case JsonTokenType.True:
                return ApiValue<bool>.Of(true);
            case JsonTokenType.False:
                return ApiValue<bool>.Of(false);
            case JsonTokenType.Number when reader.TryGetInt32(out var number) && number is 0 or 1:
                return ApiValue<bool>.Of(number == 1);
            case JsonTokenType.String:
                return FromText(ref reader);
            default:
                return ApiValue<bool>.Invalid(ApiTokens.Describe(ref reader));
        }
    }

    private static ApiValue<bool> FromText(ref Utf8JsonReader reader)
    {
        var text = ApiTokens.Trimmed(ref reader);
        if (text.IsEmpty)
        {
            return ApiValue<bool>.None;
        }

        if (text.SequenceEqual("1"u8) || Ascii.EqualsIgnoreCase(text, "true"u8))
        {
            return ApiValue<bool>.Of(true);
        }

        return text.SequenceEqual("0"u8) || Ascii.EqualsIgnoreCase(text, "false"u8)
            ? ApiValue<bool>.Of(false)
            : ApiValue<bool>.Invalid(ApiTokens.Describe(ref reader));
    }
}
