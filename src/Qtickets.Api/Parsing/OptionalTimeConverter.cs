using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Timestamps of events and shows, which come in two forms: the API's own with an offset (<see cref="IsoTimestamp"/>),
/// and Moscow wall-clock time without one (<c>2025-12-01 22:00:00</c>, or a bare date for its midnight), read as
/// <c>+03:00</c>, the offset Moscow has kept all year since 2014 (<see cref="MoscowTime"/>). Anything else is null.
/// </summary>
internal sealed class OptionalTimeConverter : OptionalValueConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        var text = ApiTokens.Trimmed(ref reader, out _);
        var moscow = text.Length == 10 ? "T00:00:00+03:00"u8 : "+03:00"u8;
        return IsoTimestamp.TryParse(text, out var value) || IsoTimestamp.TryParse([.. text, .. moscow], out value) ? value : null;
    }
}
