using Qtickets.ClickHouse.Testing;

namespace Qtickets.ClickHouse.Tests.Schema;

/// <summary>
/// mv_qtickets_sales_latest under repeated inserts of the same orders: the earlier stack's definition is wrong (proven
/// here against the real server), the schema's definition read as documented is right.
/// </summary>
public sealed class SalesLatestMaterializedViewTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    // The definition of the earlier stack (a sum per insert block into a ReplacingMergeTree sorted by event and city),
    // re-created under another name to show its defect.
    private const string LegacyDefinition = """
        CREATE MATERIALIZED VIEW {db}.legacy_sales_latest
        ENGINE = ReplacingMergeTree()
        PARTITION BY tuple()
        ORDER BY (event_id, city)
        AS SELECT event_id, city, argMax(sale_ts, _ver) AS latest_sale_ts,
                  sum(tickets_sold) AS tickets_sold_14d, sum(revenue) AS revenue_14d
        FROM {db}.stg_qtickets_api_orders_raw
        WHERE sale_ts >= today() - INTERVAL 14 DAY
        GROUP BY event_id, city
        """;

    // How the schema file says to read the view.
    private const string DocumentedRead = """
        SELECT event_id, city, sum(tickets_sold) AS tickets, sum(revenue) AS revenue
        FROM mv_qtickets_sales_latest FINAL
        WHERE sale_ts >= toDateTime(today() - 13)
        GROUP BY event_id, city
        ORDER BY event_id, city
        """;

    [Fact]
    public async Task Earlier_definition_double_counts_orders_inserted_again()
    {
        await using var db = await CreateDatabaseWithLegacyViewAsync();
        var orders = await OrdersAsync(db);

        for (var run = 1; run <= 3; run++)
        {
            await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders, None);
        }

        var sums = await db.Reader.QueryAsync<SalesByEventCity>(
            "SELECT event_id, city, sum(tickets_sold_14d) AS tickets, sum(revenue_14d) AS revenue FROM legacy_sales_latest GROUP BY event_id, city ORDER BY event_id", None);
        Assert.Equal([new SalesByEventCity("e1", "moscow", 3 * 5, 3 * 500.0), new SalesByEventCity("e2", "kazan", 3 * 1, 3 * 100.0)], sums);
    }

    [Fact]
    public async Task Earlier_definition_loses_orders_of_earlier_inserts_once_merged()
    {
        await using var db = await CreateDatabaseWithLegacyViewAsync();
        var orders = await OrdersAsync(db);
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders, None);

        // A later run re-fetches only order o1 (unchanged): its block replaces the whole (e1, moscow) row.
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders.Where(o => o.OrderId == "o1"), None);

        var sums = await db.Reader.QueryAsync<SalesByEventCity>(
            "SELECT event_id, city, tickets_sold_14d AS tickets, revenue_14d AS revenue FROM legacy_sales_latest FINAL WHERE event_id = 'e1'", None);
        Assert.Equal([new SalesByEventCity("e1", "moscow", 2, 200.0)], sums); // the truth is 5 tickets, 500
    }

    [Fact]
    public async Task Schema_definition_counts_each_order_once_however_often_it_is_inserted()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var orders = await OrdersAsync(db);

        for (var run = 1; run <= 3; run++)
        {
            await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders, None);
            await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders.Where(o => o.OrderId == "o1"), None);
        }

        var sums = await db.Reader.QueryAsync<SalesByEventCity>(DocumentedRead, None);
        Assert.Equal([new SalesByEventCity("e1", "moscow", 5, 500.0), new SalesByEventCity("e2", "kazan", 1, 100.0)], sums);
    }

    [Fact]
    public async Task Schema_definition_stays_right_after_the_server_merges_the_inserts()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var orders = await OrdersAsync(db);
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders, None);
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders.Where(o => o.OrderId == "o1"), None);

        await db.Admin.ExecuteAsync($"OPTIMIZE TABLE {db.Name}.mv_qtickets_sales_latest FINAL", None);

        var sums = await db.Reader.QueryAsync<SalesByEventCity>(DocumentedRead, None);
        Assert.Equal([new SalesByEventCity("e1", "moscow", 5, 500.0), new SalesByEventCity("e2", "kazan", 1, 100.0)], sums);
    }

    [Fact]
    public async Task A_refund_written_as_a_newer_version_replaces_the_sale()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var orders = await OrdersAsync(db);
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders, None);

        var refunded = orders.Single(o => o.OrderId == "o2") with { TicketsSold = 0, Revenue = 0, Ver = 2 };
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", [refunded], None);

        var sums = await db.Reader.QueryAsync<SalesByEventCity>(DocumentedRead, None);
        Assert.Equal([new SalesByEventCity("e1", "moscow", 2, 200.0), new SalesByEventCity("e2", "kazan", 1, 100.0)], sums);
    }

    [Fact]
    public async Task An_order_whose_city_was_corrected_counts_once_under_the_new_city()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var orders = await OrdersAsync(db);
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders, None);

        var moved = orders.Single(o => o.OrderId == "o3") with { City = "kazan-arena", Ver = 2 };
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", [moved], None);

        var sums = await db.Reader.QueryAsync<SalesByEventCity>(DocumentedRead, None);
        Assert.Equal([new SalesByEventCity("e1", "moscow", 5, 500.0), new SalesByEventCity("e2", "kazan-arena", 1, 100.0)], sums);
    }

    private async Task<ClickHouseTestDatabase> CreateDatabaseWithLegacyViewAsync()
    {
        var db = await clickHouse.CreateDatabaseAsync();
        await db.Admin.ExecuteAsync(LegacyDefinition.Replace("{db}", db.Name, StringComparison.Ordinal), None);
        return db;
    }

    private static async Task<IReadOnlyList<Order>> OrdersAsync(ClickHouseTestDatabase db)
    {
        var now = await db.Reader.QueryScalarAsync<DateTime>("SELECT now()", None);
        return
        [
            Rows.Order("o1", "e1", "moscow", 2, 200, 1, now.AddHours(-3)),
            Rows.Order("o2", "e1", "moscow", 3, 300, 1, now.AddDays(-2)),
            Rows.Order("o3", "e2", "kazan", 1, 100, 1, now.AddDays(-1)),
        ];
    }
}
