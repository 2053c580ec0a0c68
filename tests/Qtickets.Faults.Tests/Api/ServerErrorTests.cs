using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;

namespace Qtickets.Faults.Tests.Api;

/// <summary>5xx answers from QTickets: retried while they are a burst, a clean failure with an error row when they persist.</summary>
public sealed class ServerErrorTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task Scattered_5xx_answers_are_retried_and_the_load_is_complete()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(21) with { ErrorRate = 0.2 });

        // Seven attempts: a request failing seven times in a row at this rate is a 1 in 78,000 event.
        var report = await harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_MAX_RETRIES"] = "6" });

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.True(RequestLogWatch.FaultCount(harness.Simulator, "error-rate") > 0);
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_burst_of_5xx_that_starts_while_orders_are_fetched_is_ridden_out()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(22) with { IgnoreWhere = true });
        Task? burstEnds = null;
        var observer = new OrderPageTrigger(1, () =>
        {
            // Every list answer fails from the second page of orders on, until three failures were served.
            harness.Simulator.UpdateFaults(f => f with { ErrorRate = 1 });
            burstEnds = EndBurstAsync(harness.Simulator);
        });

        var report = await harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_MAX_RETRIES"] = "6" }, observer);
        Assert.NotNull(burstEnds);
        await burstEnds;

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.True(RequestLogWatch.FaultCount(harness.Simulator, "error-rate") >= 3);
        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task An_api_that_keeps_answering_5xx_fails_the_run_with_an_error_row_and_the_next_run_heals()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(23) with { ErrorRate = 1 });

        var failure = await harness.FailAsync(new Dictionary<string, string> { ["QTICKETS_MAX_RETRIES"] = "1" });

        Assert.True(failure.Report.Recorded);
        Assert.Matches("HTTP 50[0234]", failure.Report.Error);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        Assert.Matches("HTTP 50[0234]", error.Metrics);

        harness.ClearFaults();
        await harness.RunAsync();

        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("error", "ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    private static async Task EndBurstAsync(SimulatorServer simulator)
    {
        await RequestLogWatch.WaitForFaultAsync(simulator, "error-rate", 3, TimeSpan.FromSeconds(30));
        simulator.UpdateFaults(f => f with { ErrorRate = 0 });
    }
}
