using System.Text;
using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The same rules for a value under a <see cref="Utf8JsonReader"/> (the fast order reader): each method reads the
/// value the reader stands on, skipping it when it is an object or an array (which read as null, as above).
/// </summary>
internal static partial class TolerantValue
{
    public static string? Text(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>An <c>id</c> member both as text (what page guards compare and skip reasons name) and as a number.</summary>
    public static (string? Text, long? Number) Id(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            var number = Int64(ref reader);
            return (Encoding.UTF8.GetString(reader.ValueSpan), number);
        }

        var text = Text(ref reader);
        return (text, reader.TokenType == JsonTokenType.String ? ToInt64(ParseDecimal(text)) : null);
    }

    public static long? Int64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            return number;
        }

        return ToInt64(Decimal(ref reader));
    }

    public static int? Int32(ref Utf8JsonReader reader) =>
        Int64(ref reader) is { } number && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    public static decimal? Decimal(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? number : null;
            case JsonTokenType.String:
                return ParseDecimal(reader.GetString());
            default:
                reader.Skip();
                return null;
        }
    }

    public static bool? Boolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return Decimal(ref reader) is { } number ? number != 0 : null;
            case JsonTokenType.String:
                return ParseBoolean(reader.GetString());
            default:
                reader.Skip();
                return null;
        }
    }

    public static DateTimeOffset? Date(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when !reader.ValueIsEscaped && TolerantDate.TryParseIso(reader.ValueSpan, out var iso):
                return iso;
            case JsonTokenType.String:
                return TolerantDate.Parse(reader.GetString());
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var seconds) ? TolerantDate.FromUnixSeconds(seconds) : null;
            default:
                reader.Skip();
                return null;
        }
    }

    private static long? ToInt64(decimal? value) =>
        value is { } d && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue ? (long)d : null;
}
