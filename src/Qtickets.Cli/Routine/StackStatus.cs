using System.Text.Json;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;
using Qtickets.Webhooks;

namespace Qtickets.Cli.Routine;

/// <summary>Reads what <c>qtickets status</c> shows: recent runs, freshness and row counts of the stack's tables.</summary>
public sealed class StackStatus(IClickHouseClient client, string job)
{
    /// <summary>Tables with the column that says when they were last written.</summary>
    public static readonly IReadOnlyList<(string Table, string Column)> Tables =
    [
        ("stg_qtickets_api_orders_raw", "_loaded_at"),
        ("fact_qtickets_sales_daily", "_loaded_at"),
        ("fact_qtickets_sales_utm_daily", "_loaded_at"),
        ("dim_events", "_loaded_at"),
        ("stg_qtickets_api_inventory_raw", "_loaded_at"),
        ("fact_qtickets_inventory_latest", "_loaded_at"),
        ("meta_job_runs", "finished_at"),
    ];

    public Task<IReadOnlyList<RecentRun>> RecentRunsAsync(int count, CancellationToken cancellationToken) =>
        client.QueryAsync<RecentRun>(
            $"""
            SELECT started_at, finished_at, status, rows_processed, message, visitParamExtractUInt(message, 'rejected') AS rejected
            FROM meta_job_runs
            WHERE job = {SqlLiteral.String(job)}
            ORDER BY started_at DESC
            LIMIT {SqlLiteral.Number(count)}
            """, cancellationToken);

    public async Task<IReadOnlyList<TableFreshness>> FreshnessAsync(CancellationToken cancellationToken)
    {
        var result = new List<TableFreshness>();
        foreach (var (table, column) in Tables)
        {
            var rows = await client.QueryAsync<FreshnessRow>(
                $"""
                SELECT count() AS rows, if(max({column}) = toDateTime(0), NULL, max({column})) AS last_write,
                       toUInt64(if(count() = 0, 0, toUInt32(now()) - toUInt32(max({column})))) AS age_seconds
                FROM {table}
                """, cancellationToken).ConfigureAwait(false);
            var row = rows.Single();
            result.Add(new TableFreshness(table, row.Rows, row.LastWrite, row.AgeSeconds));
        }

        return result;
    }

    /// <summary>The first order records the latest run of the job rejected, as its metrics name them.</summary>
    public async Task<IReadOnlyList<string>> RejectedByLastRunAsync(CancellationToken cancellationToken)
    {
        var rows = await client.QueryAsync<MetricsRow>(
            $"SELECT metrics FROM meta_job_runs WHERE job = {SqlLiteral.String(job)} ORDER BY started_at DESC LIMIT 1",
            cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        try
        {
            using var metrics = System.Text.Json.JsonDocument.Parse(rows[0].Metrics);
            return metrics.RootElement.TryGetProperty("rejected", out var rejected) && rejected.TryGetProperty("first", out var first)
                ? [.. first.EnumerateArray().Select(item => item.GetString() ?? string.Empty)]
                : [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    /// <summary>Seconds since the last ok run of the job started; null when it never ran ok.</summary>
    public async Task<ulong?> SecondsSinceLastOkAsync(CancellationToken cancellationToken)
    {
        var rows = await client.QueryAsync<LastOkRow>(
            $"""
            SELECT count() AS runs, toUInt64(toUInt32(now()) - toUInt32(max(started_at))) AS age_seconds
            FROM meta_job_runs
            WHERE job = {SqlLiteral.String(job)} AND status = 'ok'
            """, cancellationToken).ConfigureAwait(false);
        var row = rows.Single();
        return row.Runs == 0 ? null : row.AgeSeconds;
    }

    /// <summary>The webhook listener's last report; <see cref="ListenerFreshness.LastReport"/> null when there is none.</summary>
    public async Task<ListenerFreshness> ListenerAsync(CancellationToken cancellationToken)
    {
        var rows = await client.QueryAsync<ListenerRow>(
            $"""
            SELECT count() AS reports, if(count() = 0, NULL, max(finished_at)) AS last_report,
                   toUInt64(if(count() = 0, 0, toUInt32(now()) - toUInt32(max(finished_at)))) AS age_seconds,
                   argMax(status, finished_at) AS status, argMax(metrics, finished_at) AS metrics
            FROM meta_job_runs
            WHERE job = {SqlLiteral.String(WebhookListenerOptions.JobName)}
            """, cancellationToken).ConfigureAwait(false);
        var row = rows.Single();
        if (row.Reports == 0)
        {
            return new ListenerFreshness(null, 0, string.Empty, 0, 0, 0, 0, null);
        }

        using var metrics = JsonDocument.Parse(string.IsNullOrEmpty(row.Metrics) ? "{}" : row.Metrics);
        var m = metrics.RootElement;
        return new ListenerFreshness(
            row.LastReport, row.AgeSeconds, row.Status, Count(m, "received"), Count(m, "applied"), Count(m, "rejected"), Count(m, "refused"),
            m.TryGetProperty("latency_p95_ms", out var p95) && p95.ValueKind == JsonValueKind.Number ? p95.GetDouble() : null);
    }

    private static long Count(JsonElement metrics, string name) =>
        metrics.TryGetProperty(name, out var value) && value.TryGetInt64(out var count) ? count : 0;

    private sealed record ListenerRow(ulong Reports, DateTime? LastReport, ulong AgeSeconds, string Status, string Metrics);

    private sealed record FreshnessRow(ulong Rows, DateTime? LastWrite, ulong AgeSeconds);

    private sealed record LastOkRow(ulong Runs, ulong AgeSeconds);

    private sealed record MetricsRow(string Metrics);
}
