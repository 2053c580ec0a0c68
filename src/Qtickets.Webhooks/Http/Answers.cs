using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Qtickets.Webhooks.Http;

/// <summary>The listener's short JSON answers: <c>{"result": "...", "detail": "..."}</c>.</summary>
internal static class Answers
{
    public static async Task WriteAsync(HttpContext http, int status, string result, string? detail = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        using (var writer = new Utf8JsonWriter(http.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("result", result);
            if (detail is not null)
            {
                writer.WriteString("detail", detail);
            }

            writer.WriteEndObject();
        }

        await http.Response.BodyWriter.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
