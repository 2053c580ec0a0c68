using Qtickets.Configuration;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.ClickHouse;

/// <summary>
/// ClickHouse goes away in the middle of a run. Uses a private server in its own state directory: stopping the
/// shared one would break every other test.
/// </summary>
public sealed class ClickHouseOutageTests
{
    private static readonly RunOverrides FullScan = new(FullScan: true);

    [Fact]
    public async Task ClickHouse_stopped_while_orders_are_fetched_fails_the_run_and_the_next_run_heals_without_duplicates()
    {
        await using var clickHouse = await PrivateClickHouse.StartAsync();
        await using var harness = await FaultHarness.StartAsync(clickHouse.Target, FaultHarness.SmallTenant(71) with { Orders = 400, IgnoreWhere = true });
        await harness.RunAsync();
        await ApiChanges.RefundOneTicketAsync(harness.Simulator, harness.Target.Admin);

        // A reconciliation reading plain pages of 50 one at a time, each answered after 200 ms, so the walk takes
        // seconds; ClickHouse stops once a few pages were read.
        harness.Simulator.UpdateFaults(f => f with { LatencyMs = 200 });
        var stopNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observer = new OrderPageTrigger(3, () => stopNow.TrySetResult());
        var run = harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_MAX_CONCURRENCY"] = "1" }, observer, FullScan);
        await stopNow.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await clickHouse.StopAsync();
        var failure = await Assert.ThrowsAsync<LoaderRunException>(() => run);

        Assert.False(failure.Report.Recorded);
        Assert.Equal(RunStatus.Error, failure.Report.Status);
        Assert.Contains("ClickHouse", failure.Report.Error, StringComparison.Ordinal);
        Assert.Contains("could not be reached", failure.Report.Error, StringComparison.Ordinal);
        await harness.AssertNoSecretLeakedAsync(clickHouseReachable: false);

        await clickHouse.RestartAsync();
        harness.Target = clickHouse.Target;
        harness.ClearFaults();
        var healed = await harness.RunAsync(flags: FullScan);

        Assert.Equal(RunStatus.Ok, healed.Status);
        // Every order is in staging at least twice now (first load, healing run); FINAL keeps one row per order.
        Assert.True(await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw") > await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        await harness.AssertLoadedAsTheApiSaysAsync();
        // The failed run could not write its row while ClickHouse was down: the rows are those of the two good runs.
        await harness.AssertJobRunsAsync("ok", "ok");
        await harness.AssertNoSecretLeakedAsync();
    }
}
