using System.Text.Json.Serialization.Metadata;
using Qtickets.Api.Parsing;
using Qtickets.Api.Query;

namespace Qtickets.Api.Paging;

/// <summary>
/// A listing to read in full: its dataset name, path and page size, how its records are read (<see cref="Type"/>) and
/// judged (<see cref="Check"/>, which also gets the record's own JSON), and its filter, sent as the documented JSON body.
/// </summary>
internal sealed record ListSpec<T>(string Dataset, string Path, int PageSize, JsonTypeInfo<T> Type, Func<T, ReadOnlySpan<byte>, ParseResult<T>> Check)
    where T : class
{
    public IReadOnlyList<WhereClause> Where { get; init; } = [];
}
