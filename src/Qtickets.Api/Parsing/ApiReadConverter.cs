using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The base of every API value converter: values are read, never written, and <c>null</c> is handed to the converter,
/// which decides what it means (no value, an empty list).
/// </summary>
internal abstract class ApiReadConverter<T> : JsonConverter<T>
{
    public sealed override bool HandleNull => true;

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        throw new NotSupportedException("API values are read, never written.");
}
