using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Api;

/// <summary>200 answers whose JSON is cut short: asked again, and a clean failure when the server never mends.</summary>
public sealed class MalformedBodyTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task Malformed_json_pages_are_fetched_again_and_the_load_is_complete()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(51) with { MalformedEvery = 3, IgnoreWhere = true });

        var report = await harness.RunAsync();

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.True(RequestLogWatch.FaultCount(harness.Simulator, "malformed") > 0);
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_server_that_only_sends_malformed_json_fails_the_run_with_an_error_row()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(52) with { MalformedEvery = 1 });

        var failure = await harness.FailAsync(new Dictionary<string, string> { ["QTICKETS_MAX_RETRIES"] = "1" });

        Assert.True(failure.Report.Recorded);
        Assert.Contains("not valid JSON", failure.Report.Error, StringComparison.Ordinal);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        Assert.Contains("not valid JSON", error.Metrics, StringComparison.Ordinal);
        await harness.AssertNoSecretLeakedAsync();
    }
}
