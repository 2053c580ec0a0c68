using Qtickets.Api.Parsing;

namespace Qtickets.Api.Paging;

/// <summary>Collects the pages of one listing walk into a <see cref="ListResult{T}"/>; used by one walk at a time.</summary>
internal sealed class ListAccumulator<T>(Func<T, bool> keep)
{
    private readonly List<T> _items = [];
    private readonly List<SkippedRecord> _skipped = [];
    private readonly List<FetchWarning> _warnings = [];

    public int Pages { get; private set; }

    public long RecordsSeen { get; private set; }

    public void Add(ParsedPage<T> page)
    {
        Pages++;
        RecordsSeen += page.RecordCount;
        _items.AddRange(page.Items.Where(keep));
        _skipped.AddRange(page.Skipped);
    }

    public void Warn(FetchWarning warning) => _warnings.Add(warning);

    public ListResult<T> ToResult(long? reportedTotal) => new(_items, _skipped, Pages, reportedTotal, _warnings);
}
