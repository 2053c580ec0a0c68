using Qtickets.Api.Query;

namespace Qtickets.Api.Paging;

/// <summary>A listing to read in full: its path, its filter (sent as the documented JSON body) and its dataset name.</summary>
internal sealed record ListSpec(string Dataset, string Path, IReadOnlyList<WhereClause> Where)
{
    public static ListSpec Unfiltered(string dataset, string path) => new(dataset, path, []);
}
