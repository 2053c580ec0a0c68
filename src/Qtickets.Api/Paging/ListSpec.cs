using Qtickets.Api.Query;

namespace Qtickets.Api.Paging;

/// <summary>
/// A listing to read in full: its path, its filter (sent as the documented JSON body), its dataset name, and the
/// page size to ask for (null: <see cref="QticketsClientOptions.RequestedPageSize"/>).
/// </summary>
internal sealed record ListSpec(string Dataset, string Path, IReadOnlyList<WhereClause> Where, int? PageSize = null)
{
    public static ListSpec Unfiltered(string dataset, string path, int pageSize) => new(dataset, path, [], pageSize);
}
