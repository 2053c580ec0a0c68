using Qtickets.ClickHouse;

namespace Qtickets.Cli.Routine;

/// <summary>The sales summary the demo prints, read from the daily facts (deduplicated with FINAL).</summary>
public sealed class SalesSummary(IClickHouseClient reader)
{
    public Task<IReadOnlyList<SummaryLine>> PerCityAsync(CancellationToken cancellationToken) =>
        reader.QueryAsync<SummaryLine>(
            """
            SELECT city AS label, toUInt64(sum(tickets_sold)) AS tickets, sum(revenue) AS revenue
            FROM fact_qtickets_sales_daily FINAL
            GROUP BY city
            ORDER BY revenue DESC
            """, cancellationToken);

    public Task<IReadOnlyList<SummaryLine>> PerDayAsync(int days, CancellationToken cancellationToken) =>
        reader.QueryAsync<SummaryLine>(
            $"""
            SELECT toString(sales_date) AS label, toUInt64(sum(tickets_sold)) AS tickets, sum(revenue) AS revenue
            FROM fact_qtickets_sales_daily FINAL
            WHERE sales_date >= today() - {days - 1}
            GROUP BY sales_date
            ORDER BY sales_date
            """, cancellationToken);

    public Task<IReadOnlyList<SummaryLine>> TopEventsAsync(int count, CancellationToken cancellationToken) =>
        reader.QueryAsync<SummaryLine>(
            $"""
            SELECT concat(ifNull(name, ''), ' (', event_id, ', ', city, ')') AS label, tickets, revenue
            FROM
            (
                SELECT event_id, city, toUInt64(sum(tickets_sold)) AS tickets, sum(revenue) AS revenue
                FROM fact_qtickets_sales_daily FINAL
                GROUP BY event_id, city
            )
            LEFT JOIN
            (
                SELECT event_id, argMax(event_name, _ver) AS name FROM dim_events GROUP BY event_id
            ) USING (event_id)
            ORDER BY revenue DESC
            LIMIT {count}
            """, cancellationToken);
}
