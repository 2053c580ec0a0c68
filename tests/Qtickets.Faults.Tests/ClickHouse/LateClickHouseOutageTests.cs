using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.ClickHouse;

/// <summary>ClickHouse goes away after the last dataset was written, just before the run's ok row (private server).</summary>
public sealed class LateClickHouseOutageTests
{
    [Fact]
    public async Task ClickHouse_stopped_before_the_ok_row_fails_the_run_as_a_run_failure_and_the_next_run_heals()
    {
        await using var clickHouse = await PrivateClickHouse.StartAsync();
        await using var harness = await FaultHarness.StartAsync(clickHouse.Target, FaultHarness.SmallTenant(72));
        // Barcodes are the last dataset written; the run waits while ClickHouse is stopped.
        var observer = new StageTrigger("barcodes", () => clickHouse.StopAsync().GetAwaiter().GetResult());

        var failure = await Assert.ThrowsAsync<LoaderRunException>(() => harness.RunAsync(observer: observer));

        Assert.False(failure.Report.Recorded);
        Assert.Equal(RunStatus.Error, failure.Report.Status);
        Assert.Contains("could not be reached", failure.Report.Error, StringComparison.Ordinal);
        await harness.AssertNoSecretLeakedAsync(clickHouseReachable: false);

        await clickHouse.RestartAsync();
        harness.Target = clickHouse.Target;
        await harness.RunAsync();

        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }
}
