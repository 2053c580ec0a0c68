using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.Pipeline.Loading;

/// <summary>
/// Keeps the daily facts equal to the deduplicated staging grouped by day (docs/data-contract.md,
/// <c>fact_qtickets_sales_daily</c>): every day a run touched is recomputed whole from
/// <c>stg_qtickets_api_orders_raw FINAL</c>, never from the run's window alone (the earlier loader overwrote a day's
/// totals with the last two hours). The writer account cannot delete, so a recomputed key
/// is a newer row version; a key that lost all its sales (an order moved to another city or event) gets a row of
/// zeroes with a version above the one it replaces. Only orders in roubles are summed: no figure adds two currencies
/// (orders in another currency stay in staging with their <c>currency</c>, and the run warns about them).
/// </summary>
public sealed class DailyFactsRecomputer(IClickHouseClient client)
{
    public const string SalesDaily = "fact_qtickets_sales_daily";
    public const string SalesUtmDaily = "fact_qtickets_sales_utm_daily";
    private const string Staging = "stg_qtickets_api_orders_raw";
    /// <summary>Days per statement: a year and a half of dates is a query of about 25 KB, far inside the 256 KiB limit.</summary>
    private const int DaysPerStatement = 550;
    private static readonly string FactCurrencies = string.Join(", ", Transform.SaleCurrency.InDailyFacts.Select(SqlLiteral.String));
    private const string UtmColumns = "utm_source, utm_medium, utm_campaign, utm_content, utm_term";

    public async Task<int> RecomputeAsync(IReadOnlyCollection<DateOnly> days, CancellationToken cancellationToken)
    {
        foreach (var chunk in days.Order().Chunk(DaysPerStatement))
        {
            // The two tables side by side: each statement reads staging on one core of the server.
            var list = string.Join(", ", chunk.Select(SqlLiteral.Date));
            await Task.WhenAll(
                client.ExecuteAsync(Statement(SalesDaily, "event_id, city", list), cancellationToken),
                client.ExecuteAsync(Statement(SalesUtmDaily, $"event_id, city, {UtmColumns}", list), cancellationToken)).ConfigureAwait(false);
        }

        return days.Count;
    }

    /// <summary>
    /// One INSERT ... SELECT per fact table: the staging sums of the days, unioned with a zero row for every key the
    /// fact already holds on those days, so vanished keys are zeroed. Subqueries only (no CTEs on 18.16).
    /// </summary>
    public static string Statement(string fact, string keys, string dayList) => $"""
        INSERT INTO {fact} (sales_date, {keys}, tickets_sold, revenue, orders_count, _ver, _loaded_at)
        SELECT sales_date, {keys}, sum(t), sum(r), sum(c), max(v), now()
        FROM
        (
            SELECT toDate(sale_ts) AS sales_date, {keys},
                   tickets_sold AS t, revenue AS r, toUInt32(tickets_sold > 0) AS c, _ver AS v
            FROM {Staging} FINAL
            WHERE toDate(sale_ts) IN ({dayList}) AND currency IN ({FactCurrencies})
            UNION ALL
            SELECT sales_date, {keys},
                   toUInt32(0) AS t, toFloat64(0) AS r, toUInt32(0) AS c, _ver + 1 AS v
            FROM {fact} FINAL
            WHERE sales_date IN ({dayList})
        )
        GROUP BY sales_date, {keys}
        """;
}
