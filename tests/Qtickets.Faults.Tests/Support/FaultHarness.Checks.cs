using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities.Truth;

namespace Qtickets.Faults.Tests.Support;

internal sealed partial class FaultHarness
{
    /// <summary>
    /// The end state every case must reach: staging holds one row per paid order and its sales per day and city are
    /// the totals the test computes from the simulator's raw answers; the daily facts equal staging.
    /// </summary>
    public async Task AssertLoadedAsTheApiSaysAsync()
    {
        ClearFaults();
        var truth = await ApiTruth.ReadAsync(Simulator.RestBaseUri, Simulator.Token);
        var staging = await Sales.FromStagingAsync(Target.Admin);

        Assert.Equal(new Dictionary<(DateOnly, string), (long, decimal, long)>(truth.NonZero), staging);
        Assert.Equal(staging, await Sales.FromFactsAsync(Target.Admin));
        Assert.Equal(truth.Sales, await ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Equal(truth.Sales, await ScalarAsync("SELECT toInt64(uniqExact(order_id)) FROM stg_qtickets_api_orders_raw"));
    }

    public async Task<IReadOnlyList<JobRunRecord>> JobRunsAsync() =>
        await Target.Admin.QueryAsync<JobRunRecord>(
            "SELECT job, status, rows_processed, message, metrics FROM meta_job_runs ORDER BY started_at, finished_at",
            CancellationToken.None);

    /// <summary>meta_job_runs holds exactly these statuses (in any order: runs may share a second).</summary>
    public async Task<IReadOnlyList<JobRunRecord>> AssertJobRunsAsync(params string[] statuses)
    {
        var runs = await JobRunsAsync();
        Assert.Equal(statuses.Order(StringComparer.Ordinal), runs.Select(r => r.Status).Order(StringComparer.Ordinal));
        foreach (var run in runs)
        {
            // A truthful row: its message says the same status, an error row carries the error.
            Assert.Contains($"\"status\":\"{run.Status}\"", run.Message, StringComparison.Ordinal);
            if (run.Status == "error")
            {
                Assert.Matches("\"error\":\"[^\"]+", run.Metrics);
            }
            else
            {
                Assert.Contains("\"error\":null", run.Metrics, StringComparison.Ordinal);
            }
        }

        return runs;
    }

    /// <summary>No secret in any log line, error, console line, run metrics or meta_job_runs row seen so far.</summary>
    public async Task AssertNoSecretLeakedAsync(bool clickHouseReachable = true)
    {
        var secrets = Secrets;
        secrets.AssertAbsentFrom("the log", Logs.Lines.Select(l => l.FullText));
        secrets.AssertAbsentFrom("errors, reports and console output", _texts);
        if (clickHouseReachable)
        {
            secrets.AssertAbsentFrom("meta_job_runs", (await JobRunsAsync()).SelectMany(r => new[] { r.Job, r.Message, r.Metrics }));
        }
    }
}
