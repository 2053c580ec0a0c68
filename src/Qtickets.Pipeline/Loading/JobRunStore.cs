using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;
using Qtickets.Pipeline.Planning;
using Qtickets.Pipeline.Rows;

namespace Qtickets.Pipeline.Loading;

/// <summary>
/// Reads and writes <c>meta_job_runs</c>. The job name only ever reaches SQL as an escaped literal, so a hostile
/// <c>JOB_NAME</c> cannot change the statement.
/// </summary>
public sealed class JobRunStore(IClickHouseClient client, string job, string backfillGuardTable = JobRunStore.Table)
{
    public const string Table = "meta_job_runs";

    public async Task<PreviousRuns> ReadPreviousAsync(CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT
                count() AS ok_runs,
                toUInt64(toUnixTimestamp(max(started_at))) AS last_ok,
                toUInt64(toUnixTimestamp(maxIf(started_at, visitParamExtractBool(metrics, 'full_scan') = 1))) AS last_full_scan
            FROM {Table}
            WHERE job = {SqlLiteral.String(job)} AND status = 'ok'
            """;
        var row = (await client.QueryAsync<PreviousRunsRow>(sql, cancellationToken).ConfigureAwait(false)).Single();
        var lastOk = row.OkRuns > 0 ? FromUnix(row.LastOk) : null;
        if (lastOk is null && backfillGuardTable != Table && await GuardTableHasRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            // The earlier stack's guard: data already present means no initial backfill, even without an ok run.
            lastOk = DateTimeOffset.UnixEpoch;
        }

        return new PreviousRuns(lastOk, FromUnix(row.LastFullScan));
    }

    public Task RecordAsync(JobRunRow row, CancellationToken cancellationToken) =>
        client.InsertAsync(Table, [row], cancellationToken);

    public async Task<long> CountAsync(CancellationToken cancellationToken) =>
        await client.QueryScalarAsync<long>($"SELECT count() FROM {Table} WHERE job = {SqlLiteral.String(job)}", cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Rows of this job that started in the last <paramref name="window"/> (by the server's clock).</summary>
    public async Task<long> CountRecentAsync(TimeSpan window, CancellationToken cancellationToken) =>
        await client.QueryScalarAsync<long>(
            $"SELECT count() FROM {Table} WHERE job = {SqlLiteral.String(job)} AND started_at >= now() - {SqlLiteral.Number((long)window.TotalSeconds)}",
            cancellationToken).ConfigureAwait(false);

    private async Task<bool> GuardTableHasRowsAsync(CancellationToken cancellationToken)
    {
        var table = SqlIdentifier.ValidateTable(backfillGuardTable);
        return await client.QueryScalarAsync<long>($"SELECT count() FROM {table}", cancellationToken).ConfigureAwait(false) > 0;
    }

    private static DateTimeOffset? FromUnix(ulong seconds) =>
        seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds((long)seconds);

    private sealed record PreviousRunsRow(ulong OkRuns, ulong LastOk, ulong LastFullScan);
}
