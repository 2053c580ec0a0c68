using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// Watches the daily facts as a dashboard would read them (<c>FINAL</c>): every <see cref="Interval"/> one query for
/// the days of the refunds sent and not yet seen; a refund is seen when its key shows one ticket less than before.
/// The time of a sighting is when the answer arrived, so a latency is at most one interval and one query late.
/// </summary>
internal sealed class FactsProbe(IClickHouseClient admin, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Tickets per key of the daily facts on <paramref name="days"/>.</summary>
    public static async Task<Dictionary<(string Day, string EventId, string City), long>> TicketsAsync(
        IClickHouseClient admin, IEnumerable<string> days, CancellationToken cancellationToken)
    {
        var list = string.Join(", ", days.Distinct(StringComparer.Ordinal).Select(SqlLiteral.String));
        var rows = await admin.QueryAsync<FactRow>(
            $"SELECT toString(sales_date) AS day, event_id, city, toInt64(sum(tickets_sold)) AS tickets FROM fact_qtickets_sales_daily FINAL " +
            $"WHERE sales_date IN ({list}) GROUP BY sales_date, event_id, city",
            cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => (r.Day, r.EventId, r.City), r => r.Tickets);
    }

    /// <summary>Watches until every refund was seen or <paramref name="cancellationToken"/> fires.</summary>
    public async Task WatchAsync(IReadOnlyList<PlannedRefund> plan, RefundTimeline timeline, CancellationToken cancellationToken)
    {
        try
        {
            while (timeline.SeenCount < plan.Count)
            {
                await Task.Delay(Interval, time, cancellationToken).ConfigureAwait(false);
                var waiting = Enumerable.Range(0, plan.Count).Where(i => timeline.WasSent(i) && !timeline.WasSeen(i)).ToList();
                if (waiting.Count == 0)
                {
                    continue;
                }

                var facts = await TicketsAsync(admin, waiting.Select(i => plan[i].Day), cancellationToken).ConfigureAwait(false);
                var answered = time.GetTimestamp();
                foreach (var i in waiting.Where(i => facts.GetValueOrDefault(plan[i].Key) == plan[i].TicketsBefore - 1))
                {
                    timeline.Seen(i, answered);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Out of time: the refunds not seen are reported as such.
        }
    }

    private sealed record FactRow(string Day, string EventId, string City, long Tickets);
}
