using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>A boolean in any PHP spelling (<see cref="ApiFlagConverter"/>), or null.</summary>
internal sealed class OptionalFlagConverter : OptionalValueConverter<bool?>
{
    private static readonly ApiFlagConverter Flags = new();

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Flags.Read(ref reader, typeof(ApiValue<bool>), options).OrNull;
}
