namespace Qtickets.ClickHouse.Testing;

/// <summary>
/// Reads sales per day and city from staging (deduplicated, roubles only: the facts never add two currencies) and from
/// the daily facts.
/// </summary>
public static class Sales
{
    public static async Task<Dictionary<(DateOnly, string), (long Tickets, decimal Revenue, long Orders)>> FromStagingAsync(IClickHouseClient client) =>
        ToMap(await client.QueryAsync<SalesRow>(
            """
            SELECT toDate(sale_ts) AS day, city, toInt64(sum(tickets_sold)) AS tickets, sum(revenue) AS revenue,
                   toInt64(countIf(tickets_sold > 0)) AS orders
            FROM stg_qtickets_api_orders_raw FINAL
            WHERE currency IN ('RUB', '')
            GROUP BY day, city
            """, CancellationToken.None));

    public static async Task<Dictionary<(DateOnly, string), (long Tickets, decimal Revenue, long Orders)>> FromFactsAsync(IClickHouseClient client) =>
        ToMap(await client.QueryAsync<SalesRow>(
            """
            SELECT sales_date AS day, city, toInt64(sum(tickets_sold)) AS tickets, sum(revenue) AS revenue,
                   toInt64(sum(orders_count)) AS orders
            FROM fact_qtickets_sales_daily FINAL
            GROUP BY day, city
            """, CancellationToken.None));

    private static Dictionary<(DateOnly, string), (long, decimal, long)> ToMap(IReadOnlyList<SalesRow> rows) =>
        rows.Where(r => r.Tickets != 0 || r.Revenue != 0 || r.Orders != 0)
            .ToDictionary(r => (r.Day, r.City), r => (r.Tickets, (decimal)r.Revenue, r.Orders));
}
