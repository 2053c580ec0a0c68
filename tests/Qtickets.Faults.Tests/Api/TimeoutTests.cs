using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Api;

/// <summary>Answers slower than <c>QTICKETS_REQUEST_TIMEOUT_SECONDS</c>: a clean failure when all are slow, a retry when a few are.</summary>
public sealed class TimeoutTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly Dictionary<string, string> OneSecondTimeout = new()
    {
        ["QTICKETS_REQUEST_TIMEOUT_SECONDS"] = "1",
        ["QTICKETS_MAX_RETRIES"] = "1",
    };

    [Fact]
    public async Task Answers_slower_than_the_timeout_fail_the_run_cleanly_with_an_error_row()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(41) with { LatencyMs = 1_500 });

        var failure = await harness.FailAsync(OneSecondTimeout);

        Assert.True(failure.Report.Recorded);
        Assert.Contains("timed out", failure.Report.Error, StringComparison.Ordinal);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        Assert.Contains("timed out", error.Metrics, StringComparison.Ordinal);
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw"));
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_few_answers_slower_than_the_timeout_are_asked_again_and_the_load_is_complete()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(42) with { LatencyMs = 1_500 });
        var slowPhaseEnds = EndSlownessAsync(harness);

        var report = await harness.RunAsync(new Dictionary<string, string>
        {
            ["QTICKETS_REQUEST_TIMEOUT_SECONDS"] = "1",
            ["QTICKETS_MAX_RETRIES"] = "4",
        });
        await slowPhaseEnds;

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.Contains(harness.Logs.Lines, l => l.Message.Contains("timed out", StringComparison.Ordinal));
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    /// <summary>The server turns fast again once the loader gave up on a slow answer (the simulator logs it as 499).</summary>
    private static async Task EndSlownessAsync(FaultHarness harness)
    {
        await RequestLogWatch.WaitForFaultAsync(harness.Simulator, "client-closed", 1, TimeSpan.FromSeconds(30));
        harness.ClearFaults();
    }
}
