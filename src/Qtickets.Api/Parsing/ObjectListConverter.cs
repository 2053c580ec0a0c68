using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>
/// A list member of a record read whole (an event's shows): a JSON list, or a PHP keyed object, of objects
/// (<see cref="ApiListConverter{T}"/>). Anything else reads as no items.
/// </summary>
internal sealed class ObjectListConverter<T> : ApiReadConverter<IReadOnlyList<T>>
{
    private readonly ApiListConverter<T> _list = new();

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _list.Read(ref reader, typeof(ApiList<T>), options)?.Items ?? [];
}
