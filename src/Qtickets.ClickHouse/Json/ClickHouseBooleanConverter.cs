using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.ClickHouse.Json;

/// <summary>Booleans as ClickHouse 18.16 stores them (UInt8): written as 1/0, read from 1/0 or true/false.</summary>
public sealed class ClickHouseBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number => reader.GetInt64() != 0,
            JsonTokenType.String => reader.GetString() is "1" or "true",
            _ => throw new JsonException($"cannot read a boolean from {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value ? 1 : 0);
}
