using Qtickets.ClickHouse;

namespace Qtickets.Cli.Routine.Sales;

/// <summary>Sales per Moscow day and city as the loaded tables hold them, read deduplicated (<c>FINAL</c>).</summary>
public sealed class StoredSales(IClickHouseClient admin)
{
    /// <summary>Staging: one row per paid order; an order counts when it has a ticket (as the daily facts count it).</summary>
    public const string StagingSql = """
        SELECT toString(toDate(sale_ts)) AS day, city, toUInt64(countIf(tickets_sold > 0)) AS orders,
               toUInt64(sum(tickets_sold)) AS tickets, sum(revenue) AS revenue
        FROM stg_qtickets_api_orders_raw FINAL
        GROUP BY day, city
        """;

    public const string FactsSql = """
        SELECT toString(sales_date) AS day, city, toUInt64(sum(orders_count)) AS orders,
               toUInt64(sum(tickets_sold)) AS tickets, sum(revenue) AS revenue
        FROM fact_qtickets_sales_daily FINAL
        GROUP BY day, city
        """;

    public Task<SalesTally> StagingAsync(CancellationToken cancellationToken) => ReadAsync(StagingSql, cancellationToken);

    public Task<SalesTally> FactsAsync(CancellationToken cancellationToken) => ReadAsync(FactsSql, cancellationToken);

    private async Task<SalesTally> ReadAsync(string sql, CancellationToken cancellationToken)
    {
        var tally = new SalesTally();
        foreach (var row in await admin.QueryAsync<Row>(sql, cancellationToken).ConfigureAwait(false))
        {
            tally.Add(new SalesKey(DateOnly.ParseExact(row.Day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.City),
                new SalesFigures((long)row.Orders, (long)row.Tickets, (decimal)row.Revenue));
        }

        return tally;
    }

    private sealed record Row(string Day, string City, ulong Orders, ulong Tickets, double Revenue);
}
