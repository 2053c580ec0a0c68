using System.Globalization;
using Qtickets.Pipeline.Inventory;
using Qtickets.Pipeline.Rows;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Transform;

/// <summary>The <c>dim_events</c> rows of a run: one per event, with the capacity the inventory stage found.</summary>
public static class EventRows
{
    /// <param name="events">Every event the run knows (the listing and those fetched for orders).</param>
    /// <param name="capacity">This run's capacity per event id.</param>
    /// <param name="previous">
    /// The last snapshot's capacity per event id, for events this run has none for (inventory skipped or unreadable):
    /// the dimension keeps what it said rather than zero it.
    /// </param>
    /// <param name="now">When the rows are written: their version and load time.</param>
    public static List<EventRow> Build(
        IEnumerable<EventInfo> events, IReadOnlyDictionary<long, ShowCapacity> capacity,
        IReadOnlyDictionary<long, ShowCapacity> previous, DateTimeOffset now)
    {
        var version = RowVersions.Of(now);
        var loadedAt = MoscowTime.ToWallClock(now);
        return events.Select(e =>
        {
            var totals = capacity.GetValueOrDefault(e.Id) ?? previous.GetValueOrDefault(e.Id);
            return new EventRow
            {
                EventId = e.Id.ToString(CultureInfo.InvariantCulture),
                EventName = e.Name,
                City = e.City,
                StartDate = e.StartDate,
                EndDate = e.EndDate,
                TicketsTotal = totals?.Total,
                TicketsLeft = totals?.Left,
                LoadedAt = loadedAt,
                Ver = version,
            };
        }).ToList();
    }
}
