using Qtickets.ClickHouse.Testing;

namespace Qtickets.ClickHouse.Tests.Schema;

/// <summary>v_qtickets_sales_dashboard over facts, events and inventory inserted several times.</summary>
public sealed class SalesDashboardViewTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Repeated_inserts_of_the_same_facts_count_once()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var today = await TodayAsync(db);
        await InsertTimesAsync<SalesDay>(db, 3, "fact_qtickets_sales_daily", version =>
        [
            new SalesDay(today, "e1", "moscow", 2, 200, 2, version),
            new SalesDay(today.AddDays(-5), "e1", "moscow", 3, 300, 1, version),
        ]);

        var row = Assert.Single(await DashboardAsync(db));

        Assert.Equal((2UL, 200.0, 5UL, 500.0), (row.TicketsSoldToday, row.RevenueToday, row.TicketsSold14d, row.Revenue14d));
    }

    [Fact]
    public async Task Fourteen_days_are_today_and_the_thirteen_before()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var today = await TodayAsync(db);
        await db.Writer.InsertAsync("fact_qtickets_sales_daily",
        [
            new SalesDay(today.AddDays(-13), "e1", "moscow", 1, 10, 1, 1),
            new SalesDay(today.AddDays(-14), "e1", "moscow", 100, 1000, 1, 1),
        ], None);

        var row = Assert.Single(await DashboardAsync(db));

        Assert.Equal((0UL, 1UL, 10.0), (row.TicketsSoldToday, row.TicketsSold14d, row.Revenue14d));
    }

    [Fact]
    public async Task A_recomputed_day_replaces_its_earlier_version()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var today = await TodayAsync(db);
        await db.Writer.InsertAsync("fact_qtickets_sales_daily", [new SalesDay(today, "e1", "moscow", 4, 400, 4, 1)], None);

        await db.Writer.InsertAsync("fact_qtickets_sales_daily", [new SalesDay(today, "e1", "moscow", 3, 300, 3, 2)], None);

        var row = Assert.Single(await DashboardAsync(db));
        Assert.Equal((3UL, 300.0), (row.TicketsSoldToday, row.RevenueToday));
    }

    [Fact]
    public async Task Event_attributes_and_inventory_come_from_their_latest_versions()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var today = await TodayAsync(db);
        var snapshot = today.ToDateTime(new TimeOnly(9, 30));
        await InsertTimesAsync<EventRow>(db, 2, "dim_events", version => [new EventRow("e1", $"Concert v{version}", "moscow", today.AddDays(3), today.AddDays(4), version)]);
        await InsertTimesAsync<InventoryLatest>(db, 2, "fact_qtickets_inventory_latest", version =>
            [new InventoryLatest(snapshot.AddHours(version), "e1", "Concert", "moscow", 100, 60 - (uint)version * 10, version)]);

        var row = Assert.Single(await DashboardAsync(db));

        Assert.Equal(("Concert v2", "moscow", today.AddDays(3), today.AddDays(4)), (row.EventName, row.City, row.StartDate, row.EndDate));
        Assert.Equal((100U, 40U, snapshot.AddHours(2)), (row.TicketsTotal, row.TicketsLeft, row.InventoryUpdatedAt));
    }

    [Fact]
    public async Task An_event_without_sales_or_inventory_shows_zeroes_and_nulls()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await db.Writer.InsertAsync("dim_events", [new EventRow("e9", "Quiet", "tula", null, null, 1)], None);

        var row = Assert.Single(await DashboardAsync(db));

        Assert.Equal(new DashboardRow("e9", "Quiet", "tula", 0, 0, 0, 0, null, null, null, null, null), row);
    }

    [Fact]
    public async Task Events_are_listed_by_todays_revenue_first()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var today = await TodayAsync(db);
        await db.Writer.InsertAsync("fact_qtickets_sales_daily",
        [
            new SalesDay(today, "small", "moscow", 1, 100, 1, 1),
            new SalesDay(today, "big", "kazan", 1, 900, 1, 1),
            new SalesDay(today.AddDays(-1), "none-today", "tula", 9, 9000, 1, 1),
        ], None);

        var rows = await DashboardAsync(db);

        Assert.Equal(["big", "small", "none-today"], rows.Select(r => r.EventId));
    }

    private static async Task<DateOnly> TodayAsync(ClickHouseTestDatabase db) =>
        await db.Reader.QueryScalarAsync<DateOnly>("SELECT today()", None);

    private static async Task InsertTimesAsync<T>(ClickHouseTestDatabase db, int times, string table, Func<ulong, IEnumerable<T>> rows)
    {
        for (ulong version = 1; version <= (ulong)times; version++)
        {
            await db.Writer.InsertAsync(table, rows(version), None);
            await db.Writer.InsertAsync(table, rows(version), None);
        }
    }

    private static Task<IReadOnlyList<DashboardRow>> DashboardAsync(ClickHouseTestDatabase db) =>
        db.Reader.QueryAsync<DashboardRow>("SELECT * FROM v_qtickets_sales_dashboard", None);

    private sealed record DashboardRow(
        string EventId,
        string EventName,
        string City,
        ulong TicketsSoldToday,
        double RevenueToday,
        [property: System.Text.Json.Serialization.JsonPropertyName("tickets_sold_14d")] ulong TicketsSold14d,
        [property: System.Text.Json.Serialization.JsonPropertyName("revenue_14d")] double Revenue14d,
        uint? TicketsTotal,
        uint? TicketsLeft,
        DateTime? InventoryUpdatedAt,
        DateOnly? StartDate,
        DateOnly? EndDate);
}
