using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Concurrency;

/// <summary>Two loaders of the same job started at once against the same database (a timer firing twice, a manual run during a scheduled one).</summary>
public sealed class ConcurrentLoaderTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task Two_loaders_started_at_once_for_the_same_job_leave_correct_totals()
    {
        // Slow answers keep both runs in flight together: their staging inserts and day recomputes interleave.
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(81) with { IgnoreWhere = true, LatencyMs = 20 });

        var reports = await Task.WhenAll(harness.RunAsync(), harness.RunAsync());

        Assert.All(reports, r => Assert.Equal(RunStatus.Ok, r.Status));
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok", "ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task Two_loaders_started_at_once_after_a_refund_both_reflect_it()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(82) with { LatencyMs = 20 });
        await harness.RunAsync();
        await ApiChanges.RefundOneTicketAsync(harness.Simulator, harness.Target.Admin);

        var reports = await Task.WhenAll(harness.RunAsync(), harness.RunAsync());

        Assert.All(reports, r => Assert.Equal(RunStatus.Ok, r.Status));
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok", "ok", "ok");
        await harness.AssertNoSecretLeakedAsync();
    }
}
