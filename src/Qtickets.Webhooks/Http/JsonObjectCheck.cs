using System.Text.Json;

namespace Qtickets.Webhooks.Http;

/// <summary>Whether a body is exactly one well-formed JSON object (no allocation: the reader only walks it).</summary>
internal static class JsonObjectCheck
{
    public static bool IsObject(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            // Anything after the object (a second value, garbage) makes the body not one object.
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
