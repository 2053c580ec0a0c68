using System.Buffers.Text;
using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Numbers the way PHP writes them: a JSON number or a string holding one in the invariant form (<c>"1500.00"</c>).
/// <c>"1500,50"</c>, <c>"NaN"</c>, <c>1e30</c> (beyond <see cref="decimal"/>), objects and lists are invalid, never 0.
/// </summary>
internal sealed class ApiNumberConverter : ApiReadConverter<ApiValue<decimal>>
{
    public override ApiValue<decimal> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return ApiValue<decimal>.None;
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                return ApiValue<decimal>.Of(number);
            case JsonTokenType.String:
                return FromText(ref reader);
            default:
                return ApiValue<decimal>.Invalid(ApiTokens.Describe(ref reader));
        }
    }

    private static ApiValue<decimal> FromText(ref Utf8JsonReader reader)
    {
        var text = ApiTokens.Trimmed(ref reader);
        if (text.IsEmpty)
        {
            return ApiValue<decimal>.None;
        }

        return Utf8Parser.TryParse(text, out decimal number, out var consumed) && consumed == text.Length
            ? ApiValue<decimal>.Of(number)
            : ApiValue<decimal>.Invalid(ApiTokens.Describe(ref reader));
    }
}
