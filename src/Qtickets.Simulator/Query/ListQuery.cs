namespace Qtickets.Simulator.Query;

/// <summary>The query object of a listing request, merged from the JSON body and the query string.</summary>
/// <remarks>
/// Page: 1-based; values below 1 read as 1, as Laravel does.<br/>
/// PerPage: Null when the request did not say.<br/>
/// Select: Columns to answer with (seats and barcodes only); null for all.<br/>
/// Flat: The seats request's <c>flat</c> member; null when absent.<br/>
/// </remarks>
internal sealed record ListQuery(
    IReadOnlyList<WhereCondition> Where,
    IReadOnlyList<SortKey> OrderBy,
    int Page,
    int? PerPage,
    IReadOnlyList<string>? Select,
    bool? Flat)
{
    public static ListQuery Empty { get; } = new([], [], 1, null, null, null);

    public string FilterKey =>
        string.Join('\u0002', Where.Select(w => w.CacheKey)) + '\u0003' + string.Join('\u0002', OrderBy.Select(o => $"{o.Column}:{o.Descending}"));
}
