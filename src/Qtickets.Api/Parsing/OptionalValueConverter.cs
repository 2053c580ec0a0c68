using System.Text.Json.Serialization;
using System.Text.Json;
using Qtickets.Api.Time;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The values of the records read whole into their models (events, shows, seats, catalogues, Partners tickets):
/// amounts, whole numbers, counts, ids, flags and timestamps. They are read in the same PHP spellings as orders, by the
/// order converters, but nothing in these records is summed: a value that cannot be read is unknown (null; an id 0,
/// which the listing rejects), never a reason to reject the record.
/// </summary>
internal sealed class OptionalValueConverter : JsonConverterFactory
{
    private static readonly ApiNumberConverter Numbers = new();
    private static readonly ApiFlagConverter Flags = new();

    private static readonly Dictionary<Type, JsonConverter> Converters = new()
    {
        [typeof(decimal?)] = new Optional<decimal?>(Number),
        [typeof(long?)] = new Optional<long?>(Whole),
        [typeof(long)] = new Optional<long>((ref reader, options) => Whole(ref reader, options) ?? 0),
        [typeof(int?)] = new Optional<int?>((ref reader, options) => Whole(ref reader, options) is >= int.MinValue and <= int.MaxValue and var count ? (int)count : null),
        [typeof(bool?)] = new Optional<bool?>((ref reader, options) => Flags.Read(ref reader, typeof(ApiValue<bool>), options).OrNull),
        [typeof(DateTimeOffset?)] = new Optional<DateTimeOffset?>(Time),
    };

    private delegate T Reader<T>(ref Utf8JsonReader reader, JsonSerializerOptions options);

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => Converters[typeToConvert];

    private static decimal? Number(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Numbers.Read(ref reader, typeof(ApiValue<decimal>), options).OrNull;

    private static long? Whole(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Number(ref reader, options) is { } number && number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
            ? (long)number
            : null;

    /// <summary>
    /// Event and show times come in two forms: the API's own with an offset (<see cref="IsoTimestamp"/>), and Moscow
    /// wall-clock time without one (<c>2025-12-01 22:00:00</c>, or a bare date for its midnight), read with the
    /// offset Moscow had then (<see cref="MoscowTime.FromWallClock"/>).
    /// </summary>
    private static DateTimeOffset? Time(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        var text = ApiTokens.Trimmed(ref reader);
        if (IsoTimestamp.TryParse(text, out var value))
        {
            return value;
        }

        // A bare wall clock: read it with a placeholder offset, then give it Moscow's.
        var utc = text.Length == 10 ? "T00:00:00Z"u8 : "Z"u8;
        return IsoTimestamp.TryParse([.. text, .. utc], out value) ? MoscowTime.FromWallClock(value.DateTime) : null;
    }

    private sealed class Optional<T>(Reader<T> read) : ApiReadConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => read(ref reader, options);
    }
}
