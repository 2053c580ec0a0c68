using System.Text.Json;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Partners;

/// <summary>
/// Reads a Partners answer: <c>{"status": "success", "result": ...}</c>, or an error reported as HTTP 200 with
/// <c>{"status": "error", "code": ..., "message": ...}</c>, which is raised.
/// </summary>
internal static class PartnersAnswer
{
    private static readonly string[] ListMembers = ["offers", "tickets", "items", "data"];

    public static IReadOnlyList<JsonElement> Records(JsonElement root, ApiRequest request, SecretRedactor redactor)
    {
        var fields = new JsonFields(root);
        ThrowIfError(fields, request, redactor);
        if (root.ValueKind == JsonValueKind.Array)
        {
            return JsonFields.ItemsOf(root);
        }

        if (!fields.TryGet("result", out var result) && !fields.TryGet("data", out result))
        {
            throw ShapeError.Create(request.Endpoint, "no 'result'", root, redactor);
        }

        return ListOf(result);
    }

    private static IReadOnlyList<JsonElement> ListOf(JsonElement result)
    {
        var fields = new JsonFields(result);
        foreach (var member in ListMembers)
        {
            if (fields.TryGet(member, out var list) && list.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            {
                return JsonFields.ItemsOf(list);
            }
        }

        // A single record is an object with its own id; any other object is a map of records.
        return fields.IsObject && (fields.Has("id") || fields.Has("barcode")) ? [result] : JsonFields.ItemsOf(result);
    }

    private static void ThrowIfError(JsonFields fields, ApiRequest request, SecretRedactor redactor)
    {
        if (!string.Equals(fields.String("status"), "error", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // The answer's texts come from outside: shown, never obeyed (OutsideText), and never with the key (redactor).
        var code = fields.String("code") is { } rawCode ? OutsideText.OneLine(rawCode) : null;
        var text = (fields.String("message") ?? fields.String("error")) is { } raw ? redactor.Redact(OutsideText.OneLine(raw)) : null;
        throw new PartnersApiException($"QTickets Partners {request.Endpoint} refused the request: {text ?? "no message"} (code {code ?? "none"})", request.Endpoint)
        {
            StatusCode = 200,
            ApiCode = code,
            ApiError = text,
            BodyPreview = redactor.Redact(BodyPreview.Of(System.Text.Encoding.UTF8.GetBytes(fields.Element.GetRawText()), "application/json")),
        };
    }
}
