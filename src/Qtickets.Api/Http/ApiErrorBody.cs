using System.Text.Json;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Http;

/// <summary>The API's own error description: <c>{"error": .., "status": .., "code": .., "info": ..}</c> (or <c>message</c>).</summary>
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
            return new ApiErrorBody(fields.String("error") ?? fields.String("message"), fields.String("code"));
        }
        catch (JsonException)
        {
            return None;
        }
    }
}
