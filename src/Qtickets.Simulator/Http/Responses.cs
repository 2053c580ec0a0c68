using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Qtickets.Simulator.Json;

namespace Qtickets.Simulator.Http;

/// <summary>The answers the simulator writes: JSON straight to the response, the API's error bodies, nginx's pages.</summary>
internal static class Responses
{
    /// <summary>Share of a malformed body that is sent: enough to look right, never valid JSON.</summary>
    private const double TruncatedShare = 0.6;

    public static async Task WriteJsonAsync(HttpContext http, int status, Action<Utf8JsonWriter> write, bool truncate, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        if (truncate)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions))
            {
                write(writer);
            }

            var length = Math.Max(1, (int)(buffer.WrittenCount * TruncatedShare));
            await http.Response.Body.WriteAsync(buffer.WrittenMemory[..length], cancellationToken).ConfigureAwait(false);
            return;
        }

        using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, JsonFormat.WriterOptions))
        {
            write(writer);
            writer.Flush();
        }

        await http.Response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The documented error body: <c>{"error": "...", "status": N}</c>.</summary>
    public static Task WriteErrorAsync(HttpContext http, int status, string message, CancellationToken cancellationToken) =>
        WriteJsonAsync(
            http,
            status,
            w =>
            {
                w.WriteStartObject();
                w.WriteString("error", message);
                w.WriteNumber("status", status);
                w.WriteEndObject();
            },
            truncate: false,
            cancellationToken);

    /// <summary>The body the real 503s carried: <c>{"error": "Unknown error", "status": 503, "code": "UNKNOWN_ERROR", "info": []}</c>.</summary>
    public static Task WriteUnknownErrorAsync(HttpContext http, int status, CancellationToken cancellationToken) =>
        WriteJsonAsync(
            http,
            status,
            w =>
            {
                w.WriteStartObject();
                w.WriteString("error", "Unknown error");
                w.WriteNumber("status", status);
                w.WriteString("code", "UNKNOWN_ERROR");
                JsonFormat.WriteEmptyPhpArray(w, "info");
                w.WriteEndObject();
            },
            truncate: false,
            cancellationToken);

    /// <summary>A 5xx as the stack would give it: JSON from PHP for 500 and 503, nginx's page for 502 and 504.</summary>
    public static Task WriteServerErrorAsync(HttpContext http, int status, CancellationToken cancellationToken) => status switch
    {
        502 => WriteNginxPageAsync(http, 502, "Bad Gateway", cancellationToken),
        504 => WriteNginxPageAsync(http, 504, "Gateway Time-out", cancellationToken),
        _ => WriteUnknownErrorAsync(http, status, cancellationToken),
    };

    /// <summary>Partners API errors come as HTTP 200 with <c>"status": "error"</c>.</summary>
    public static Task WritePartnersErrorAsync(HttpContext http, string code, string message, CancellationToken cancellationToken) =>
        WriteJsonAsync(
            http,
            200,
            w =>
            {
                w.WriteStartObject();
                w.WriteString("status", "error");
                w.WriteString("code", code);
                w.WriteString("message", message);
                w.WriteEndObject();
            },
            truncate: false,
            cancellationToken);

    public static Task WriteNotFoundPageAsync(HttpContext http, CancellationToken cancellationToken) =>
        WriteNginxPageAsync(http, 404, "Not Found", cancellationToken);

    public static async Task WriteNginxPageAsync(HttpContext http, int status, string reason, CancellationToken cancellationToken)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"{status} {reason}");
        var html = $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html";
        var bytes = Encoding.UTF8.GetBytes(html);
        await http.Response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
