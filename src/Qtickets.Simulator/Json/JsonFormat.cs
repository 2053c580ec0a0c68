using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Qtickets.Simulator.Json;

/// <summary>How the simulated PHP API spells values: ISO datetimes with a colon offset, whole-rouble money.</summary>
internal static class JsonFormat
{
    /// <summary>Cyrillic stays readable (PHP's JSON_UNESCAPED_UNICODE); both spellings are valid JSON.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes a datetime member, or null when <paramref name="unixSeconds"/> is 0.</summary>
    public static void WriteTime(Utf8JsonWriter writer, string name, long unixSeconds, TimeSpan offset) =>
        WriteTime(writer, JsonEncodedText.Encode(name), unixSeconds, offset);

    public static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, long unixSeconds, TimeSpan offset)
    {
        writer.WritePropertyName(name);
        WriteTimeValue(writer, unixSeconds, offset);
    }

    public static void WriteTimeValue(Utf8JsonWriter writer, long unixSeconds, TimeSpan offset)
    {
        if (unixSeconds == 0)
        {
            writer.WriteNullValue();
            return;
        }

        Span<byte> buffer = stackalloc byte[IsoTime.Length];
        IsoTime.Write(unixSeconds, offset, buffer);
        writer.WriteStringValue(buffer);
    }

    /// <summary>Whole roubles as a number, or as a string like <c>"1500.00"</c> where the record says so.</summary>
    public static void WriteMoney(Utf8JsonWriter writer, string name, int amount, bool asString) =>
        WriteMoney(writer, JsonEncodedText.Encode(name), amount, asString);

    public static void WriteMoney(Utf8JsonWriter writer, JsonEncodedText name, int amount, bool asString)
    {
        if (asString)
        {
            writer.WriteString(name, amount.ToString("0.00", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumber(name, amount);
        }
    }

    public static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value) =>
        WriteNullableNumber(writer, JsonEncodedText.Encode(name), value);

    public static void WriteNullableNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>PHP's empty associative array: <c>[]</c>.</summary>
    public static void WriteEmptyPhpArray(Utf8JsonWriter writer, string name) => WriteEmptyPhpArray(writer, JsonEncodedText.Encode(name));

    public static void WriteEmptyPhpArray(Utf8JsonWriter writer, JsonEncodedText name)
    {
        writer.WriteStartArray(name);
        writer.WriteEndArray();
    }
}
