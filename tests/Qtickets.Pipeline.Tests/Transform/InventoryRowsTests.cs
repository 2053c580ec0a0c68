using Qtickets.Pipeline.Inventory;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Tests.Transform;

public sealed class InventoryRowsTests
{
    private static readonly DateTimeOffset Snapshot = new(2025, 11, 3, 21, 30, 0, TimeSpan.Zero);
    private static readonly EventInfo Concert = new(7, "Концерт", "казань", null, null, [70, 71]);

    [Fact]
    public void A_show_row_carries_the_shows_figures_at_the_snapshot_in_moscow_time()
    {
        var row = InventoryRows.Show(Concert, 70, new ShowCapacity(200, null), Snapshot);

        Assert.Equal(("7", "70", "Концерт", "казань"), (row.EventId, row.ShowId, row.EventName, row.City));
        Assert.Equal((200u, (uint?)null), (row.TicketsTotal, row.TicketsLeft));
        Assert.Equal(new DateTime(2025, 11, 4, 0, 30, 0), row.SnapshotTs);
        Assert.Equal(row.SnapshotTs, row.LoadedAt);
        Assert.Equal(RowVersions.Of(Snapshot), row.Ver);
    }

    [Fact]
    public void A_show_rows_key_is_the_md5_of_event_show_and_moscow_snapshot_time()
    {
        var row = InventoryRows.Show(Concert, 71, new ShowCapacity(1, 1), Snapshot);

        Assert.Equal(Fingerprints.DedupKey("7:71:2025-11-04 00:30:00"), row.DedupKey);
        Assert.NotEqual(row.DedupKey, InventoryRows.Show(Concert, 71, new ShowCapacity(1, 1), Snapshot.AddSeconds(1)).DedupKey);
    }

    [Fact]
    public void The_latest_row_carries_the_events_sums()
    {
        var row = InventoryRows.Latest(Concert, ShowCapacity.Sum([new ShowCapacity(200, 150), new ShowCapacity(100, 0)]), Snapshot);

        Assert.Equal(("7", "Концерт", "казань"), (row.EventId, row.EventName, row.City));
        Assert.Equal((300u, 150u), (row.TicketsTotal, row.TicketsLeft));
        Assert.Equal(new DateTime(2025, 11, 4, 0, 30, 0), row.SnapshotTs);
        Assert.Equal(RowVersions.Of(Snapshot), row.Ver);
    }
}
