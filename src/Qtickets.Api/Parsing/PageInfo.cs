using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Parsing;

/// <summary>The <c>paging</c> member of a list answer: <c>{"perPage", "currentPage", "total"}</c> (snake case accepted too).</summary>
internal sealed record PageInfo(int? PerPage, int? CurrentPage, long? Total)
{
    public static readonly PageInfo None = new(null, null, null);

    /// <summary><c>ceil(total / perPage)</c>, or null when either is unknown.</summary>
    public int? PageCount => Total is { } total && PerPage is { } perPage && perPage > 0 && total >= 0
        ? (int)Math.Min(int.MaxValue, (total + perPage - 1) / perPage)
        : null;

    public static PageInfo From(PagingJson paging) => new(
        Count(paging.PerPage, paging.PerPageSnake),
        Count(paging.CurrentPage, paging.CurrentPageSnake),
        paging.Total is { IsOk: true, Value: var total } && total == decimal.Truncate(total) && total is >= 0m and <= long.MaxValue ? (long)total : null);

    private static int? Count(ApiValue<decimal> camel, ApiValue<decimal> snake) =>
        ContractCheck.AsId(camel.IsOk ? camel : snake) is { } value && value <= int.MaxValue ? (int)value : null;
}
