using Qtickets.Api.Parsing;

namespace Qtickets.Api.Paging;

/// <summary>
/// Collects the pages of one listing walk into a <see cref="ListResult{T}"/>, or hands each page's records to a
/// sink instead of keeping them; used by one walk at a time.
/// </summary>
internal sealed class ListAccumulator<T>(Func<T, bool> keep, Func<IReadOnlyList<T>, CancellationToken, ValueTask>? sink = null)
{
    private readonly List<T> _items = [];
    private readonly List<SkippedRecord> _skipped = [];
    private readonly List<FetchWarning> _warnings = [];

    public int Pages { get; private set; }

    public long RecordsSeen { get; private set; }

    public async ValueTask AddAsync(ParsedPage<T> page, CancellationToken cancellationToken)
    {
        Pages++;
        RecordsSeen += page.RecordCount;
        _skipped.AddRange(page.Skipped);
        var kept = page.Items.Where(keep).ToList();
        if (sink is null)
        {
            _items.AddRange(kept);
        }
        else if (kept.Count > 0)
        {
            await sink(kept, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Warn(FetchWarning warning) => _warnings.Add(warning);

    public ListResult<T> ToResult(long? reportedTotal) => new(_items, _skipped, Pages, reportedTotal, _warnings);
}
