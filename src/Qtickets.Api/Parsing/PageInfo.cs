namespace Qtickets.Api.Parsing;

/// <summary>The <c>paging</c> member of a list answer: <c>{"perPage", "currentPage", "total"}</c> (snake case accepted too).</summary>
internal sealed record PageInfo(int? PerPage, int? CurrentPage, long? Total)
{
    public static readonly PageInfo None = new(null, null, null);

    /// <summary><c>ceil(total / perPage)</c>, or null when either is unknown.</summary>
    public int? PageCount => Total is { } total && PerPage is { } perPage && perPage > 0 && total >= 0
        ? (int)Math.Min(int.MaxValue, (total + perPage - 1) / perPage)
        : null;

    public static PageInfo From(JsonFields root)
    {
        if ((root.Object("paging") ?? root.Object("meta")) is not { } paging)
        {
            return None;
        }

        return new PageInfo(
            paging.Int("perPage") ?? paging.Int("per_page"),
            paging.Int("currentPage") ?? paging.Int("current_page"),
            paging.Long("total"));
    }
}
