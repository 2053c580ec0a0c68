using System.Text.Json;

namespace Qtickets.Simulator.Query;

/// <summary>
/// Parses <c>where</c>: an array of <c>{"column", "operator", "value"}</c> (operator optional, default
/// <c>=</c>); a single such object and Laravel-style <c>[column, operator, value]</c> triples are accepted too.
/// </summary>
internal static class WhereParser
{
    public static List<WhereCondition> Parse(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => [.. element.EnumerateArray().Select(ParseCondition)],
        JsonValueKind.Object => [ParseCondition(element)],
        _ => throw new QueryException("where must be an array of {\"column\", \"operator\", \"value\"} objects."),
    };

    private static WhereCondition ParseCondition(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return ParseTriple(element);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new QueryException("Every where condition must be an object with a column.");
        }

        if (!element.TryGetProperty("column", out var column) || column.ValueKind != JsonValueKind.String)
        {
            throw new QueryException("A where condition has no column.");
        }

        var op = element.TryGetProperty("operator", out var opElement) && opElement.ValueKind == JsonValueKind.String
            ? ParseOperator(opElement.GetString()!)
            : QueryOperator.Equal;
        JsonElement? value = element.TryGetProperty("value", out var v) ? v.Clone() : null;
        return Normalise(new WhereCondition(column.GetString()!, op, value));
    }

    private static WhereCondition ParseTriple(JsonElement element)
    {
        var items = element.EnumerateArray().ToArray();
        if (items.Length is < 2 or > 3 || items[0].ValueKind != JsonValueKind.String)
        {
            throw new QueryException("A where condition given as an array must be [column, operator, value] or [column, value].");
        }

        var op = items.Length == 3 && items[1].ValueKind == JsonValueKind.String
            ? ParseOperator(items[1].GetString()!)
            : QueryOperator.Equal;
        return Normalise(new WhereCondition(items[0].GetString()!, op, items[^1].Clone()));
    }

    /// <summary><c>= null</c> and <c>!= null</c> mean IS NULL and IS NOT NULL, as in Laravel.</summary>
    private static WhereCondition Normalise(WhereCondition condition)
    {
        var isNullValue = condition.Value is not { } value || value.ValueKind == JsonValueKind.Null;
        return (condition.Operator, isNullValue) switch
        {
            (QueryOperator.Equal, true) => condition with { Operator = QueryOperator.Null },
            (QueryOperator.NotEqual, true) => condition with { Operator = QueryOperator.NotNull },
            _ => condition,
        };
    }

    private static QueryOperator ParseOperator(string text) => text.Trim().ToLowerInvariant() switch
    {
        "=" or "==" or "eq" => QueryOperator.Equal,
        "!=" or "<>" or "ne" => QueryOperator.NotEqual,
        "<" or "lt" => QueryOperator.Less,
        ">" or "gt" => QueryOperator.Greater,
        "<=" or "lte" => QueryOperator.LessOrEqual,
        ">=" or "gte" => QueryOperator.GreaterOrEqual,
        "in" => QueryOperator.In,
        "not in" => QueryOperator.NotIn,
        "in array" => QueryOperator.InArray,
        "not in array" => QueryOperator.NotInArray,
        "null" or "is null" => QueryOperator.Null,
        "not null" or "is not null" => QueryOperator.NotNull,
        _ => throw new QueryException($"Unknown where operator '{text}'."),
    };
}
