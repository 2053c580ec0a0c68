using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Api;

/// <summary>Connections the server aborts mid-request: retried like any transport error.</summary>
public sealed class ConnectionResetTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task Connection_resets_are_retried_and_the_load_is_complete()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(61) with { ResetEvery = 4, IgnoreWhere = true });

        var report = await harness.RunAsync();

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.True(RequestLogWatch.FaultCount(harness.Simulator, "reset") > 0);
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task Every_fault_at_once_still_ends_with_a_complete_load()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(62) with
        {
            IgnoreWhere = true,
            ErrorRate = 0.1,
            RateLimitEvery = 11,
            MalformedEvery = 7,
            ResetEvery = 9,
        });

        var report = await harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_MAX_RETRIES"] = "6" });

        Assert.Equal(RunStatus.Ok, report.Status);
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }
}
