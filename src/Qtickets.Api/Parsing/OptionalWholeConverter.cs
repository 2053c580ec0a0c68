using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>A whole number (<c>12</c>, <c>"12"</c>), or null.</summary>
internal sealed class OptionalWholeConverter : OptionalValueConverter<long?>
{
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Whole(ref reader, options);
}
