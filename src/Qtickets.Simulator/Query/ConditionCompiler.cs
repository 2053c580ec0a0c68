using System.Globalization;
using System.Text.Json;

namespace Qtickets.Simulator.Query;

/// <summary>
/// Turns a where condition into a row predicate with SQL semantics: a null column value matches only
/// <c>null</c>; every comparison, <c>in</c> and <c>not in</c> are false on it.
/// </summary>
internal static class ConditionCompiler
{
    public static Func<int, bool> Compile(IListSource source, WhereCondition condition)
    {
        var column = source.Column(condition.Column)
            ?? throw new QueryException($"Unknown column '{condition.Column}'.");
        return condition.Operator switch
        {
            QueryOperator.Null => column.IsNull,
            QueryOperator.NotNull => row => !column.IsNull(row),
            QueryOperator.In or QueryOperator.NotIn => CompileIn(column, condition),
            QueryOperator.InArray or QueryOperator.NotInArray =>
                throw new QueryException($"Operator '{condition.Operator}' needs an array column; '{condition.Column}' is not one."),
            _ => CompileComparison(column, condition),
        };
    }

    private static Func<int, bool> CompileComparison(ColumnReader column, WhereCondition condition)
    {
        var value = condition.Value ?? throw new QueryException($"The condition on '{condition.Column}' has no value.");
        if (column.Kind == ColumnKind.Text)
        {
            var text = ReadText(value, condition.Column);
            return row => !column.IsNull(row) && Holds(condition.Operator, string.CompareOrdinal(column.GetText(row), text));
        }

        var number = ReadNumber(column.Kind, value, condition.Column);
        return row => !column.IsNull(row) && Holds(condition.Operator, ((double)column.GetNumber(row)).CompareTo(number));
    }

    private static Func<int, bool> CompileIn(ColumnReader column, WhereCondition condition)
    {
        if (condition.Value is not { ValueKind: JsonValueKind.Array } list)
        {
            throw new QueryException($"Operator '{condition.Operator}' on '{condition.Column}' needs an array value.");
        }

        var negate = condition.Operator == QueryOperator.NotIn;
        if (column.Kind == ColumnKind.Text)
        {
            var texts = list.EnumerateArray().Select(v => ReadText(v, condition.Column)).ToHashSet(StringComparer.Ordinal);
            return row => !column.IsNull(row) && texts.Contains(column.GetText(row)!) != negate;
        }

        var numbers = list.EnumerateArray().Select(v => ReadNumber(column.Kind, v, condition.Column)).ToHashSet();
        return row => !column.IsNull(row) && numbers.Contains(column.GetNumber(row)) != negate;
    }

    private static bool Holds(QueryOperator op, int comparison) => op switch
    {
        QueryOperator.Equal => comparison == 0,
        QueryOperator.NotEqual => comparison != 0,
        QueryOperator.Less => comparison < 0,
        QueryOperator.Greater => comparison > 0,
        QueryOperator.LessOrEqual => comparison <= 0,
        QueryOperator.GreaterOrEqual => comparison >= 0,
        _ => false,
    };

    private static string ReadText(JsonElement value, string column) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        _ => throw new QueryException($"The value for '{column}' must be a string."),
    };

    private static double ReadNumber(ColumnKind kind, JsonElement value, string column) => kind switch
    {
        ColumnKind.Boolean => ReadBoolean(value, column),
        ColumnKind.DateTime => ReadDateTime(value, column),
        _ => ReadPlainNumber(value, column),
    };

    private static double ReadPlainNumber(JsonElement value, string column)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        if (value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new QueryException($"The value for '{column}' must be a number.");
    }

    private static double ReadBoolean(JsonElement value, string column) => value.ValueKind switch
    {
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        JsonValueKind.Number => value.GetDouble() != 0 ? 1 : 0,
        JsonValueKind.String when value.GetString() is "1" or "true" => 1,
        JsonValueKind.String when value.GetString() is "0" or "false" or "" => 0,
        _ => throw new QueryException($"The value for '{column}' must be a boolean (true/false or 1/0)."),
    };

    private static double ReadDateTime(JsonElement value, string column)
    {
        if (value.ValueKind == JsonValueKind.String && DateTimeText.TryParse(value.GetString()!, out var seconds))
        {
            return seconds;
        }

        throw new QueryException(
            $"The value for '{column}' must be a datetime like 2025-11-03T00:00:00+03:00, not {value.GetRawText()}.");
    }
}
