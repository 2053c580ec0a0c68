using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Base of the converters of the records read whole into their models (events, shows, seats, catalogues, Partners
/// tickets). They understand the same PHP spellings as the order converters, which they call, but nothing in these
/// records is summed: a value that cannot be read is unknown (null), never a reason to reject the record.
/// </summary>
internal abstract class OptionalValueConverter<T> : JsonConverter<T>
{
    private static readonly ApiNumberConverter Numbers = new();

    public override bool HandleNull => true;

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        throw new NotSupportedException("API values are read, never written.");

    private protected static decimal? Number(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Numbers.Read(ref reader, typeof(ApiValue<decimal>), options).OrNull;

    private protected static long? Whole(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Number(ref reader, options) is { } number && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
            ? (long)number
            : null;
}
