namespace Qtickets.Api.Query;

/// <summary>
/// One condition of the query language: <c>{"column": C, "operator": OP, "value": V}</c>. A null
/// <see cref="Operator"/> is the API's default <c>=</c> and is left out; <c>null</c>/<c>not null</c> carry no value.
/// <see cref="Value"/> is a whole number or text; a time is written in Moscow time with a colon offset
/// (<c>2025-11-03T00:00:00+03:00</c>, <see cref="Time.MoscowTime"/>).
/// </summary>
internal sealed record WhereClause(string Column, string? Operator, object? Value);
