using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>The id of a record (<c>12</c>, <c>"12"</c>); 0 when it has none that can be read, which the listing rejects.</summary>
internal sealed class RecordIdConverter : OptionalValueConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Whole(ref reader, options) ?? 0;
}
