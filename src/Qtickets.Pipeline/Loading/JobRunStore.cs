using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;
using Qtickets.Configuration;
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

    // ClickHouse error codes that mean the configuration is wrong, not the server: a missing database or table,
    // an unknown user or a wrong password (192 and 193 on 18.16, 516 AUTHENTICATION_FAILED on 24.8).
    private const int UnknownTable = 60;
    private const int UnknownDatabase = 81;
    private static readonly HashSet<int> CredentialsRefused = [192, 193, 516];

    /// <summary>
    /// What earlier runs of this job say. This is a run's first request to ClickHouse, so a database or table that
    /// does not exist, or credentials the server refuses, are reported here as a configuration error (exit 2) before
    /// anything was sent or written (no error row can be written there anyway).
    /// </summary>
    public async Task<PreviousRuns> ReadPreviousAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadPreviousRunsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ClickHouseException ex) when (ex.ErrorCode == UnknownDatabase)
        {
            throw new ConfigurationException(
                $"{Settings.ClickHouseDatabase} names the database '{client.Options.Database}', which does not exist on " +
                $"{client.Options.Endpoint}: name an existing database or create it with `qtickets bootstrap`");
        }
        catch (ClickHouseException ex) when (ex.ErrorCode is { } code && CredentialsRefused.Contains(code))
        {
            throw new ConfigurationException(
                $"ClickHouse at {client.Options.Endpoint} refused the credentials of user '{client.Options.User}' " +
                $"(code {code}): check {Settings.ClickHouseUser} and {Settings.ClickHousePassword}");
        }
        catch (ClickHouseException ex) when (ex.ErrorCode == UnknownTable)
        {
            throw new ConfigurationException(
                $"the database '{client.Options.Database}' ({Settings.ClickHouseDatabase}) on {client.Options.Endpoint} has no " +
                $"{Table} table, or {Settings.BackfillGuardTable} names a table it lacks: apply the schema with `qtickets bootstrap`");
        }
    }

    private async Task<PreviousRuns> ReadPreviousRunsAsync(CancellationToken cancellationToken)
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
        // The earlier stack's guard: data already present means no initial backfill, even without an ok run.
        var dataPresent = lastOk is null && backfillGuardTable != Table
            && await GuardTableHasRowsAsync(cancellationToken).ConfigureAwait(false);
        return new PreviousRuns(lastOk, FromUnix(row.LastFullScan), dataPresent);
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
