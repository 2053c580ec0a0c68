using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Qtickets.Api.Parsing;

/// <summary>
/// An object member the way PHP writes it: an object when filled, <c>[]</c> when empty. Anything but an object
/// reads as null; these members (UTM tags, the buyer) never decide whether a record is valid.
/// </summary>
internal sealed class PhpObjectConverter<T> : JsonConverter<T?>
    where T : class
{
    private JsonTypeInfo<T>? _info;

    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        _info ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        return JsonSerializer.Deserialize(ref reader, _info);
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("API values are read, never written.");
}
