using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;

namespace Qtickets.Faults.Tests.Configuration;

/// <summary>The unusual job names configuration accepts reach meta_job_runs exactly as written, and are found again by the next run.</summary>
public sealed class JobNameRoundTripTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task An_accepted_job_name_with_dots_and_dashes_round_trips_through_meta_job_runs()
    {
        const string job = "ops.qtickets-api_2";
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(95) with { Orders = 100 });
        var overrides = new Dictionary<string, string> { ["JOB_NAME"] = job };

        await harness.RunAsync(overrides);
        var second = await harness.RunCliAsync(["run"], overrides);

        Assert.True(second.ExitCode == 0, second.ToString());
        var runs = await harness.AssertJobRunsAsync("ok", "ok");
        Assert.All(runs, r => Assert.Equal(job, r.Job));
        // The second run found the first one's row by the same literal: an incremental window, not a backfill.
        Assert.Contains("\"reason\":\"initial_backfill\"", runs[0].Metrics, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"since_hours\"", runs[1].Metrics, StringComparison.Ordinal);
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertNoSecretLeakedAsync();
    }
}
