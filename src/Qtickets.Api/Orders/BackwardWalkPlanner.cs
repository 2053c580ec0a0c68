namespace Qtickets.Api.Orders;

/// <summary>
/// Estimates how many more plain pages (below the lowest one read) reach back to the threshold, from the time span
/// the pages read so far cover: records per unit of time times the time still to cover, in pages. Rounds up, so a
/// steady sales rate needs exactly one round; a burst or a lull only costs another round.
/// </summary>
internal static class BackwardWalkPlanner
{
    public static int PagesToFetch(DateTimeOffset newest, DateTimeOffset oldest, long records, int perPage, DateTimeOffset threshold, int maxPages)
    {
        var limit = Math.Max(1, maxPages);
        if (oldest < threshold)
        {
            return 0;
        }

        if (records < 2 || newest <= oldest || perPage < 1)
        {
            return 1;
        }

        var ticksPerRecord = (newest - oldest).Ticks / (double)(records - 1);
        var recordsToCover = (oldest - threshold).Ticks / ticksPerRecord;
        var pages = Math.Ceiling(recordsToCover / perPage);
        return (int)Math.Clamp(pages, 1, limit);
    }
}
