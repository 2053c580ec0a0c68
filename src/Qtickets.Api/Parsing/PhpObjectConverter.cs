using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// An object member the way PHP writes it: an object when filled, <c>[]</c> when empty. Anything but an object
/// reads as null; these members (UTM tags, the buyer) never decide whether a record is valid.
/// </summary>
internal sealed class PhpObjectConverter<T> : ApiReadConverter<T?>
    where T : class
{
    private JsonConverter<T>? _converter;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        // The object's converter reads it from this reader in one pass (see ApiListConverter).
        _converter ??= (JsonConverter<T>)options.GetConverter(typeof(T));
        return _converter.Read(ref reader, typeof(T), options);
    }
}
