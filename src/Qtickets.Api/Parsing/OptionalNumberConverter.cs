using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>An amount (<c>1500</c>, <c>"1500.00"</c>), or null.</summary>
internal sealed class OptionalNumberConverter : OptionalValueConverter<decimal?>
{
    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Number(ref reader, options);
}
