namespace Qtickets.Api.Query;

/// <summary>
/// One condition of the query language: <c>{"column": C, "operator": OP, "value": V}</c>. A null
/// <see cref="Operator"/> is the API's default <c>=</c> and is left out; <c>null</c>/<c>not null</c> carry no value.
/// </summary>
internal sealed record WhereClause(string Column, string? Operator, object? Value)
{
    public static WhereClause Equal(string column, object value) => new(column, null, value);

    public static WhereClause IsNull(string column) => new(column, "null", null);
}
