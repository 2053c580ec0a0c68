using System.Globalization;
using Qtickets.Pipeline.Inventory;
using Qtickets.Pipeline.Rows;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// The inventory rows of one snapshot: one per show for <c>stg_qtickets_api_inventory_raw</c>, one per event for
/// <c>fact_qtickets_inventory_latest</c>. The snapshot time is the rows' version, so the latest snapshot wins.
/// </summary>
public static class InventoryRows
{
    public static InventoryRow Show(EventInfo info, long show, ShowCapacity capacity, DateTimeOffset snapshot)
    {
        var eventId = info.Id.ToString(CultureInfo.InvariantCulture);
        var showId = show.ToString(CultureInfo.InvariantCulture);
        var snapshotText = MoscowTime.Format(snapshot);
        return new InventoryRow
        {
            SnapshotTs = MoscowTime.ToWallClock(snapshot),
            EventId = eventId,
            EventName = info.Name,
            City = info.City,
            ShowId = showId,
            TicketsTotal = capacity.Total,
            TicketsLeft = capacity.Left,
            LoadedAt = MoscowTime.ToWallClock(snapshot),
            Ver = RowVersions.Of(snapshot),
            DedupKey = Fingerprints.DedupKey($"{eventId}:{showId}:{snapshotText}"),
        };
    }

    public static InventoryLatestRow Latest(EventInfo info, ShowCapacity capacity, DateTimeOffset snapshot) => new()
    {
        SnapshotTs = MoscowTime.ToWallClock(snapshot),
        EventId = info.Id.ToString(CultureInfo.InvariantCulture),
        EventName = info.Name,
        City = info.City,
        TicketsTotal = capacity.Total,
        TicketsLeft = capacity.Left,
        LoadedAt = MoscowTime.ToWallClock(snapshot),
        Ver = RowVersions.Of(snapshot),
    };
}
