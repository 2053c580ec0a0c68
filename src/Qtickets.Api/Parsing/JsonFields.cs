using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Tolerant member access on a JSON object: a missing member, <c>null</c>, a PHP <c>[]</c> standing for an empty
/// object, or a value of the wrong type all read as null. Never throws, whatever the element is.
/// </summary>
internal readonly struct JsonFields(JsonElement element)
{
    public JsonElement Element => element;

    public bool IsObject => element.ValueKind == JsonValueKind.Object;

    public bool Has(string name) => TryGet(name, out _);

    public string? String(string name) => TryGet(name, out var value) ? TolerantValue.Text(value) : null;

    public long? Long(string name) => TryGet(name, out var value) ? TolerantValue.Int64(value) : null;

    public int? Int(string name) => TryGet(name, out var value) ? TolerantValue.Int32(value) : null;

    public decimal? Decimal(string name) => TryGet(name, out var value) ? TolerantValue.Decimal(value) : null;

    public bool? Bool(string name) => TryGet(name, out var value) ? TolerantValue.Boolean(value) : null;

    public DateTimeOffset? Date(string name) => TryGet(name, out var value) ? TolerantValue.Date(value) : null;

    /// <summary>The member as an object, or null when it is missing, null, <c>[]</c> or not an object.</summary>
    public JsonFields? Object(string name) =>
        TryGet(name, out var value) && value.ValueKind == JsonValueKind.Object ? new JsonFields(value) : null;

    /// <summary>The elements of an array member, or the values of an object member (a PHP associative array).</summary>
    public IReadOnlyList<JsonElement> Items(string name) =>
        TryGet(name, out var value) ? ItemsOf(value) : [];

    public static IReadOnlyList<JsonElement> ItemsOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => [.. value.EnumerateArray()],
        JsonValueKind.Object => [.. value.EnumerateObject().Select(member => member.Value)],
        _ => [],
    };

    public bool TryGet(string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object &&
            element.TryGetProperty(name, out value) &&
            value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }
}
