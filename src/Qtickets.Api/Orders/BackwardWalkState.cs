using Qtickets.Api.Models;
using Qtickets.Api.Parsing;

namespace Qtickets.Api.Orders;

/// <summary>
/// Where the backward walk over plain pages stands: the lowest page read, the newest and oldest creation times seen,
/// and how many records lie between. Invariant: pages are read as one contiguous run from the last page down.
/// Plain pages are in ascending id (so creation) order, hence once the oldest record of the lowest page read was
/// created before the threshold, every lower page was created wholly before it and the walk is over.
/// </summary>
internal sealed class BackwardWalkState(int lastPage, int perPage, DateTimeOffset threshold, int maxPagesPerRound)
{
    private DateTimeOffset? _newest;
    private DateTimeOffset? _oldestOfLowest;
    private long _records;
    private int _lowest = lastPage + 1;

    /// <summary>The page read just before (above) the next one, for the repeated-page guard.</summary>
    public ParsedPage<Order>? Above { get; private set; }

    public void Record(ParsedPage<Order> page)
    {
        // Min and Max of nullable values skip the nulls, and are null when there is no value at all.
        var created = page.Items.Select(order => order.CreatedAt ?? order.UpdatedAt).ToList();
        (_records, _lowest, Above) = (_records + page.RecordCount, page.Number, page);
        _oldestOfLowest = created.Min();
        _newest = new[] { _newest, created.Max() }.Max();
    }

    /// <summary>The next pages to read, highest first; empty when the walk is over (page 1 is the probe, already read).</summary>
    public IReadOnlyList<int> NextRound()
    {
        if (_lowest <= 2 || _oldestOfLowest < threshold)
        {
            return [];
        }

        var pages = _oldestOfLowest is { } oldest && _newest is { } newest
            ? PagesToFetch(newest, oldest, _records, perPage, threshold, maxPagesPerRound)
            : 1;
        var count = Math.Min(pages, _lowest - 2);
        return [.. Enumerable.Range(_lowest - count, count).Reverse()];
    }

    /// <summary>
    /// How many more plain pages (below the lowest one read) reach back to the threshold, from the time span the pages
    /// read cover: records per unit of time times the time still to cover, in pages. Rounds up, so a steady sales rate
    /// needs exactly one round; a burst or a lull only costs another round.
    /// </summary>
    public static int PagesToFetch(DateTimeOffset newest, DateTimeOffset oldest, long records, int perPage, DateTimeOffset threshold, int maxPages)
    {
        if (oldest < threshold)
        {
            return 0;
        }

        if (records < 2 || newest <= oldest || perPage < 1)
        {
            return 1;
        }

        var recordsToCover = (oldest - threshold).Ticks / ((newest - oldest).Ticks / (double)(records - 1));
        return (int)Math.Clamp(Math.Ceiling(recordsToCover / perPage), 1, Math.Max(1, maxPages));
    }
}
