using Qtickets.ClickHouse;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Rows;

namespace Qtickets.Faults.Tests.Configuration;

/// <summary>
/// Hostile values in the job name and in configured identifiers can never change a statement: names are refused as
/// configuration before any request, and a value that reaches SQL anyway is a literal that round-trips.
/// </summary>
public sealed class SqlInjectionTests(LoadedStack stack) : IClassFixture<LoadedStack>
{
    [Theory]
    [InlineData("x'; DROP TABLE meta_job_runs; --")]
    [InlineData("qtickets_api\\' OR 1=1 --")]
    [InlineData("job\"; TRUNCATE TABLE stg_qtickets_api_orders_raw")]
    public async Task A_hostile_job_name_is_refused_and_every_table_stays_intact(string jobName)
    {
        var result = await stack.RunCliExpectingNothingAsync(["run"], new Dictionary<string, string> { ["JOB_NAME"] = jobName });

        Refusal.AssertRefused(result, "JOB_NAME", jobName);
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Theory]
    [InlineData("CLICKHOUSE_DB", "zakaz; DROP DATABASE system")]
    [InlineData("CLICKHOUSE_DB", "zakaz`.meta_job_runs")]
    [InlineData("CH_DATABASE", "x' OR '1'='1")]
    [InlineData("QTICKETS_BACKFILL_GUARD_TABLE", "meta_job_runs; DROP TABLE meta_job_runs")]
    [InlineData("QTICKETS_BACKFILL_GUARD_TABLE", "meta_job_runs WHERE 1=0 UNION ALL SELECT 1")]
    [InlineData("QTICKETS_BACKFILL_GUARD_TABLE", "system.tables")]
    public async Task A_hostile_identifier_is_refused_and_every_table_stays_intact(string setting, string value)
    {
        // CH_DATABASE is an alias: the canonical name must not be set too, or it would win.
        var overrides = new Dictionary<string, string> { [setting] = value };
        if (setting == "CH_DATABASE")
        {
            overrides["CLICKHOUSE_DB"] = string.Empty;
        }

        var result = await stack.RunCliExpectingNothingAsync(["run"], overrides);

        Refusal.AssertRefused(result, setting, value);
        await stack.Harness.AssertNoSecretLeakedAsync();
    }

    [Theory]
    [InlineData("x'); DROP TABLE meta_job_runs; --")]
    [InlineData("back\\slash\\' OR 1=1 --")]
    [InlineData("tab\tnew\nline\rreturn")]
    [InlineData("юникод \"двойные\" `обратные`")]
    public async Task A_hostile_job_name_that_reaches_sql_is_stored_and_read_back_literally(string jobName)
    {
        // Below the configuration check: the store itself must keep any job name a literal.
        var admin = stack.Harness.Target.Admin;
        var database = stack.Harness.Target.Connection.Database;
        var before = await TableSnapshot.TakeAsync(admin, database);
        var store = new JobRunStore(admin, jobName);
        var runId = Guid.NewGuid();

        await store.RecordAsync(Row(jobName, runId), CancellationToken.None);

        Assert.Equal(1, await store.CountAsync(CancellationToken.None));
        Assert.NotNull((await store.ReadPreviousAsync(CancellationToken.None)).LastOkStartedAt);
        Assert.Equal(jobName, await admin.QueryScalarAsync<string>($"SELECT job FROM meta_job_runs WHERE run_id = toUUID('{runId}')", CancellationToken.None));
        // meta_job_runs gained exactly the one row; every other table is untouched.
        var after = await TableSnapshot.TakeAsync(admin, database);
        Assert.Equal(RowCount(before["meta_job_runs"]) + 1, await admin.QueryScalarAsync<long>("SELECT count() FROM meta_job_runs", CancellationToken.None));
        before.Remove("meta_job_runs");
        after.Remove("meta_job_runs");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_hostile_guard_table_that_reaches_the_store_is_refused_before_any_statement()
    {
        var admin = stack.Harness.Target.Admin;
        var database = stack.Harness.Target.Connection.Database;
        var before = await TableSnapshot.TakeAsync(admin, database);
        var store = new JobRunStore(admin, "job_without_runs_" + Guid.NewGuid().ToString("N")[..8], "meta_job_runs; DROP TABLE meta_job_runs");

        await Assert.ThrowsAsync<ClickHouseConfigurationException>(() => store.ReadPreviousAsync(CancellationToken.None));

        Assert.Equal(before, await TableSnapshot.TakeAsync(admin, database));
    }

    private static long RowCount(string snapshot) => long.Parse(snapshot.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static JobRunRow Row(string job, Guid runId) => new()
    {
        Job = job,
        RunId = runId,
        StartedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Unspecified),
        FinishedAt = new DateTime(2026, 1, 2, 3, 4, 6, DateTimeKind.Unspecified),
        Status = "ok",
        RowsProcessed = 0,
        Message = "{\"status\":\"ok\"}",
        Metrics = "{\"full_scan\":false}",
    };
}
