using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>A count of places (<c>200</c>, <c>"200"</c>), or null: unknown, never 0 in its place.</summary>
internal sealed class OptionalCountConverter : OptionalValueConverter<int?>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Whole(ref reader, options) is { } count && count is >= int.MinValue and <= int.MaxValue ? (int)count : null;
}
