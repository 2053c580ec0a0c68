using System.Text.Json;
using Qtickets.Api.Http;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Reads list answers: <c>{"data": [...], "paging": {...}}</c>, <c>{"data": {"key": record}}</c> (a PHP
/// associative array) or a bare array; and single answers <c>{"data": {record}}</c>.
/// </summary>
internal static class PageReader
{
    public static ParsedPage<T> Read<T>(
        JsonElement root,
        int number,
        string dataset,
        Func<JsonElement, ParseResult<T>> parse,
        ApiRequest request,
        SecretRedactor redactor)
        where T : class
    {
        var records = Records(root, request, redactor);
        var (items, skipped) = RecordParsing.ParseAll(records, dataset, parse);
        var ids = records.Select(record => new JsonFields(record).String("id")).ToList();
        return new ParsedPage<T>(number, items, skipped, ids, PageInfo.From(new JsonFields(root)));
    }

    public static IReadOnlyList<JsonElement> Records(JsonElement root, ApiRequest request, SecretRedactor redactor) => root.ValueKind switch
    {
        JsonValueKind.Array => JsonFields.ItemsOf(root),
        JsonValueKind.Object when root.TryGetProperty("data", out var data) => data.ValueKind switch
        {
            JsonValueKind.Array or JsonValueKind.Object => JsonFields.ItemsOf(data),
            JsonValueKind.Null => [],
            _ => throw ShapeError.Create(request.Endpoint, $"'data' is a {data.ValueKind}, not a list", root, redactor),
        },
        _ => throw ShapeError.Create(request.Endpoint, "no 'data' list", root, redactor),
    };

    /// <summary>The record of a single-object answer: <c>data</c> when it is an object, else the root itself.</summary>
    public static JsonElement Single(JsonElement root, ApiRequest request, SecretRedactor redactor)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            return data;
        }

        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out _)
            ? root
            : throw ShapeError.Create(request.Endpoint, "no 'data' object", root, redactor);
    }
}
