using System.Text;
using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Free text, tolerantly: a string, or a number or boolean as written; <c>null</c>, an object or a list (a PHP
/// <c>[]</c>) is no text. Text is never a reason to reject a record; its length is capped where it is stored.
/// </summary>
internal sealed class ApiTextConverter : ApiReadConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(ApiTokens.Bytes(ref reader));
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }
}
