using System.Text;
using System.Text.Json;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;

namespace Qtickets.Api.Parsing;

/// <summary>Valid JSON of an unexpected shape (no <c>data</c>, a scalar where a list should be).</summary>
internal static class ShapeError
{
    public static QticketsMalformedResponseException Create(string endpoint, string problem, JsonElement root, SecretRedactor redactor)
    {
        var preview = redactor.Redact(BodyPreview.Of(Encoding.UTF8.GetBytes(root.GetRawText()), "application/json"));
        return new QticketsMalformedResponseException($"QTickets {endpoint} answered JSON of an unexpected shape: {problem}. Body: {preview}", endpoint)
        {
            StatusCode = 200,
            BodyPreview = preview,
        };
    }
}
