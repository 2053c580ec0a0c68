using Qtickets.Api.Errors;
using Qtickets.Api.Http;

namespace Qtickets.Api.Parsing;

/// <summary>Valid JSON of an unexpected shape (no <c>data</c>, a scalar where a list should be).</summary>
internal static class ShapeError
{
    public static QticketsMalformedResponseException Create(string endpoint, string problem, ReadOnlySpan<byte> body, SecretRedactor redactor)
    {
        var preview = redactor.Redact(BodyPreview.Of(body, "application/json"));
        return new QticketsMalformedResponseException($"QTickets {endpoint} answered JSON of an unexpected shape: {problem}. Body: {preview}", endpoint)
        {
            StatusCode = 200,
            BodyPreview = preview,
        };
    }
}
