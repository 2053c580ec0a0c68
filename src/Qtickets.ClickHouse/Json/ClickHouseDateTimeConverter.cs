using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.ClickHouse.Json;

/// <summary>
/// <c>DateTime</c> columns as ClickHouse writes and reads them in JSON: <c>yyyy-MM-dd HH:mm:ss</c>, a wall-clock
/// value in the server's time zone. The value is written as given (its Kind is ignored); callers convert to
/// Moscow time first. Values read back have Kind Unspecified.
/// </summary>
public sealed class ClickHouseDateTimeConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("a DateTime column was null");
        if (DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            ? value
            : throw new JsonException($"'{text}' is not a ClickHouse DateTime");
    }

    /// <summary>Formatted on the stack: every staged row has four of these, a string each was a measurable share of the insert.</summary>
    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        Span<byte> text = stackalloc byte[Format.Length];
        value.TryFormat(text, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }
}
