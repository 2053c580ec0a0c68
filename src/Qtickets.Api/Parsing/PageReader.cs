using System.Text.Json;
using Qtickets.Api.Http;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Reads list answers of the catalogues and events: <c>{"data": [...], "paging": {...}}</c> or a bare list; and
/// single answers <c>{"data": {record}}</c>. A list answer of another shape (no <c>data</c> list, a <c>paging</c>
/// that is not an object) is a page with <see cref="ParsedPage{T}.ShapeProblem"/>, which ends a walk.
/// </summary>
internal static class PageReader
{
    public static ParsedPage<T> Read<T>(JsonElement root, int number, string dataset, Func<JsonElement, ParseResult<T>> parse)
        where T : class
    {
        var (records, problem) = Records(root);
        var (items, skipped) = RecordParsing.ParseAll(records, dataset, parse);
        var ids = records.Select(record => new JsonFields(record).String("id")).ToList();
        var paging = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("paging", out var member) && member.ValueKind != JsonValueKind.Object
            ? (PageInfo.None, $"'paging' is a {member.ValueKind}, not an object")
            : (PageInfo.From(new JsonFields(root)), null);
        return new ParsedPage<T>(number, items, skipped, ids, paging.Item1)
        {
            ShapeProblem = problem ?? paging.Item2,
            IsBareList = root.ValueKind == JsonValueKind.Array,
        };
    }

    private static (IReadOnlyList<JsonElement> Records, string? Problem) Records(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => (JsonFields.ItemsOf(root), null),
        JsonValueKind.Object when root.TryGetProperty("data", out var data) => data.ValueKind == JsonValueKind.Array
            ? (JsonFields.ItemsOf(data), null)
            : ([], $"'data' is a {data.ValueKind}, not a list"),
        _ => ([], "no 'data' list"),
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
