using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Qtickets.Simulator.Query;

/// <summary>
/// Reads the query object (<c>where</c>, <c>orderBy</c>, <c>page</c>, <c>per_page</c>, <c>select</c>,
/// <c>flat</c>) from a JSON body and from the query string (<c>?where=&lt;json&gt;&amp;orderBy=&lt;json&gt;&amp;page=2</c>);
/// a member in the body wins over the same member in the query string.
/// </summary>
internal static class QueryParser
{
    public static ListQuery Parse(JsonElement? body, IQueryCollection query)
    {
        if (body is { ValueKind: not JsonValueKind.Object })
        {
            throw new QueryException("The query object must be a JSON object.");
        }

        var where = Member(body, query, "where");
        var orderBy = Member(body, query, "orderBy");
        return new ListQuery(
            where is { } w ? WhereParser.Parse(w) : [],
            orderBy is { } o ? ParseOrderBy(o) : [],
            Math.Max(1, ParseInt(Member(body, query, "page"), "page") ?? 1),
            ParseInt(Member(body, query, "per_page"), "per_page"),
            ParseSelect(Member(body, query, "select")),
            ParseFlat(Member(body, query, "flat")));
    }

    /// <summary>Only <c>page</c>, from the body or the query string: what the production tenant honoured.</summary>
    public static int ParsePageOnly(JsonElement? body, IQueryCollection query)
    {
        try
        {
            var element = body is { ValueKind: JsonValueKind.Object } ? Member(body, query, "page") : Member(null, query, "page");
            return Math.Max(1, ParseInt(element, "page") ?? 1);
        }
        catch (QueryException)
        {
            return 1;
        }
    }

    private static JsonElement? Member(JsonElement? body, IQueryCollection query, string name)
    {
        if (body is { } b && b.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        var text = query.TryGetValue(name, out var values) ? values.ToString() : null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return name is "where" or "orderBy" or "select" ? ParseJsonText(text, name) : JsonSerializer.SerializeToElement(text);
    }

    private static JsonElement ParseJsonText(string text, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // A bare column name is a fair reading of ?orderBy=id or ?select=barcode.
            return name == "where"
                ? throw new QueryException($"The query-string parameter '{name}' is not valid JSON.")
                : JsonSerializer.SerializeToElement(text);
        }
    }

    private static List<SortKey> ParseOrderBy(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return [new SortKey(element.GetString()!, Descending: false)];
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new QueryException("orderBy must be an object like {\"id\": \"desc\"}.");
        }

        var keys = new List<SortKey>();
        foreach (var property in element.EnumerateObject())
        {
            var direction = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim().ToUpperInvariant() : null;
            keys.Add(direction switch
            {
                "ASC" => new SortKey(property.Name, Descending: false),
                "DESC" => new SortKey(property.Name, Descending: true),
                _ => throw new QueryException($"orderBy direction of '{property.Name}' must be \"asc\" or \"desc\"."),
            });
        }

        return keys;
    }

    private static int? ParseInt(JsonElement? element, string name)
    {
        if (element is not { } e)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var number))
        {
            return number;
        }

        if (e.ValueKind == JsonValueKind.String
            && int.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new QueryException($"{name} must be an integer.");
    }

    private static List<string>? ParseSelect(JsonElement? element)
    {
        return element switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } e => [.. e.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            { ValueKind: JsonValueKind.Array } e => [.. e.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String
                ? v.GetString()!
                : throw new QueryException("select must list column names."))],
            _ => throw new QueryException("select must be an array of column names."),
        };
    }

    private static bool? ParseFlat(JsonElement? element) => element switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.Number } e => e.GetDouble() != 0,
        { ValueKind: JsonValueKind.String } e => e.GetString() is "1" or "true",
        _ => throw new QueryException("flat must be a boolean."),
    };
}
