using System.Text.Json;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Http;

/// <summary>
/// The API's own error description: <c>{"error": .., "status": .., "code": .., "info": ..}</c> (or <c>message</c>).
/// Both texts come from outside: their control characters are shown, not kept (<see cref="OutsideText"/>).
/// </summary>
internal sealed record ApiErrorBody(string? Error, string? Code)
{
    public static readonly ApiErrorBody None = new(null, null);

    public static ApiErrorBody Parse(byte[] body)
    {
        if (body.Length == 0 || body[0] is not ((byte)'{' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var fields = new JsonFields(document.RootElement);
            return new ApiErrorBody(Clean(fields.String("error") ?? fields.String("message")), Clean(fields.String("code")));
        }
        catch (JsonException)
        {
            return None;
        }
    }

    private static string? Clean(string? text) => text is null ? null : OutsideText.OneLine(text);
}
