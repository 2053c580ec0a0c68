using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Api;

/// <summary>429 answers with <c>Retry-After</c>: the loader waits as long as the server asks, then carries on.</summary>
public sealed class RateLimitTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task Rate_limited_requests_wait_for_retry_after_and_the_load_is_complete()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(31) with { RateLimitEvery = 5 });

        var report = await harness.RunAsync();

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.True(RequestLogWatch.FaultCount(harness.Simulator, "rate-limit") > 0);
        // The back-off of this harness is 20 ms: a wait of one second is the server's Retry-After: 1, honoured.
        Assert.Contains(harness.Logs.Lines, l => l.Message.Contains("HTTP 429", StringComparison.Ordinal) && l.Message.Contains("retrying in 1 s", StringComparison.Ordinal));
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }
}
