using Qtickets.Pipeline.Inventory;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Tests.Transform;

public sealed class EventRowsTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 3, 9, 0, 0, TimeSpan.Zero);

    private static EventInfo Event(long id) =>
        new(id, $"Концерт {id}", "москва", new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 5), [id * 10]);

    [Fact]
    public void Each_event_gives_one_row_with_its_name_city_dates_and_this_runs_capacity()
    {
        var row = Assert.Single(EventRows.Build([Event(7)], new Dictionary<long, ShowCapacity> { [7] = new(200, 150) }, new Dictionary<long, ShowCapacity>(), Now));

        Assert.Equal(("7", "Концерт 7", "москва"), (row.EventId, row.EventName, row.City));
        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 5)), (row.StartDate, row.EndDate));
        Assert.Equal((200u, 150u), (row.TicketsTotal, row.TicketsLeft));
        Assert.Equal(new DateTime(2025, 11, 3, 12, 0, 0), row.LoadedAt);
        Assert.Equal(RowVersions.Of(Now), row.Ver);
    }

    [Fact]
    public void An_event_without_capacity_this_run_keeps_the_last_snapshots_and_one_never_read_has_none()
    {
        var rows = EventRows.Build(
            [Event(1), Event(2), Event(3)],
            new Dictionary<long, ShowCapacity> { [1] = new(10, 1) },
            new Dictionary<long, ShowCapacity> { [1] = new(99, 99), [2] = new(20, 2) },
            Now);

        Assert.Equal([(10u, 1u), (20u, 2u), ((uint?)null, (uint?)null)], rows.Select(r => (r.TicketsTotal, r.TicketsLeft)));
    }
}
