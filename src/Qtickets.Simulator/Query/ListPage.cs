namespace Qtickets.Simulator.Query;

/// <summary>One page of a listing: the rows to write and the paging block (<c>perPage</c>, <c>currentPage</c>, <c>total</c>).</summary>
internal sealed record ListPage(IReadOnlyList<int> Rows, int PerPage, int CurrentPage, int Total);
