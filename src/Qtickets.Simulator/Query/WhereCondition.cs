using System.Text.Json;

namespace Qtickets.Simulator.Query;

/// <summary>One member of <c>where</c>; <see cref="Value"/> is detached from its document (cloned).</summary>
internal sealed record WhereCondition(string Column, QueryOperator Operator, JsonElement? Value)
{
    public string CacheKey => $"{Column}\u0001{Operator}\u0001{Value?.GetRawText()}";
}
