using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Reads an <see cref="ApiList{T}"/>: a JSON list (or a PHP associative array) of objects. <c>null</c> is an empty
/// list; a string, a number or an item that is not an object makes the list invalid, with the reason.
/// </summary>
internal sealed class ApiListConverter<T> : ApiReadConverter<ApiList<T>?>
{
    private JsonConverter<T>? _item;

    public override ApiList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return ApiList<T>.Empty;
            case JsonTokenType.StartArray or JsonTokenType.StartObject:
                _item ??= (JsonConverter<T>)options.GetConverter(typeof(T));
                return ReadItems(ref reader, _item, options);
            default:
                var what = ApiTokens.Describe(ref reader);
                return new ApiList<T>([], $"{what}, not a list");
        }
    }

    /// <summary>
    /// Items are read by their converter straight from this reader: <c>JsonSerializer.Deserialize(ref reader, typeInfo)</c>
    /// would scan every item twice (once to find its end), which measured as a good part of the reading time.
    /// </summary>
    private static ApiList<T> ReadItems(ref Utf8JsonReader reader, JsonConverter<T> item, JsonSerializerOptions options)
    {
        var end = reader.TokenType == JsonTokenType.StartArray ? JsonTokenType.EndArray : JsonTokenType.EndObject;
        var items = new List<T>();
        string? problem = null;
        while (reader.Read() && reader.TokenType != end)
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                items.Add(item.Read(ref reader, typeof(T), options)!);
            }
            else
            {
                var what = ApiTokens.Describe(ref reader);
                problem ??= string.Create(CultureInfo.InvariantCulture, $"item #{items.Count + 1} is {what}, not an object");
            }
        }

        return new ApiList<T>(items, problem);
    }
}
