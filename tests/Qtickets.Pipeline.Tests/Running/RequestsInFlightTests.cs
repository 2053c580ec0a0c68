using Qtickets.ClickHouse.Testing;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;

namespace Qtickets.Pipeline.Tests.Running;

/// <summary>
/// QTickets never sees more requests at once than <c>QTICKETS_MAX_CONCURRENCY</c>, whichever stage sends them (an
/// event looked up for an order while pages are in flight included): the simulator counts what it serves at once.
/// </summary>
public sealed class RequestsInFlightTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_run_keeps_the_one_limit_of_requests_in_flight(int limit)
    {
        await using var harness = await LoaderHarness.StartAsync(
            clickHouse, new SimulatorOptions { Orders = 3_000, Events = 6, Seed = 11, LatencyMs = 15 });
        harness.Simulator.Requests.Clear();

        var report = await harness.RunAsync(new Dictionary<string, string>
        {
            ["QTICKETS_MAX_CONCURRENCY"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.Equal(limit, harness.Simulator.Requests.MostInFlight);
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), await Sales.FromFactsAsync(harness.Admin));
    }
}
