using System.Text;
using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>Helpers of the API readers: what an unexpected token was (for a rejection message), a string token as bytes, a member of an object.</summary>
internal static class ApiTokens
{
    /// <summary>At most this many bytes of a long string are decoded for a preview.</summary>
    private const int PreviewBytes = 160;

    /// <summary>
    /// A short description of the current token: a quoted string, a raw number, <c>true</c>, or "an object" /
    /// "a list" (whose contents are skipped, leaving the reader on their end).
    /// </summary>
    public static string Describe(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return "\"" + Text(ref reader) + "\"";
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(Bytes(ref reader));
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject:
                reader.Skip();
                return "an object";
            case JsonTokenType.StartArray:
                reader.Skip();
                return "a list";
            default:
                return reader.TokenType.ToString();
        }
    }

    /// <summary>The string the reader stands on, or only its beginning when it is long (a hostile value may be huge).</summary>
    public static string Text(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length > PreviewBytes ? Encoding.UTF8.GetString(Bytes(ref reader)[..PreviewBytes]) : reader.GetString() ?? string.Empty;
    }

    /// <summary>The raw bytes of the current token, also when it spans two blocks of a pooled answer.</summary>
    public static ReadOnlySpan<byte> Bytes(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;

    /// <summary>From the start of an object to the value of its member <paramref name="name"/>; false when it has none.</summary>
    public static bool MoveToMember(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>The UTF-8 bytes of a string token without surrounding white space, unescaped when needed.</summary>
    public static ReadOnlySpan<byte> Trimmed(ref Utf8JsonReader reader) =>
        (reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString() ?? string.Empty) : Bytes(ref reader)).Trim(" \t\r\n"u8);
}
