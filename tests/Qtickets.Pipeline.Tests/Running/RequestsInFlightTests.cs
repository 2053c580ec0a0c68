using Qtickets.ClickHouse.Testing;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;

namespace Qtickets.Pipeline.Tests.Running;

/// <summary>
/// Orders, inventory and catalogues load side by side, yet QTickets never sees more requests at once than
/// <c>QTICKETS_MAX_CONCURRENCY</c>: the simulator counts what it serves at once.
/// </summary>
public sealed class RequestsInFlightTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task The_stages_side_by_side_keep_the_one_limit_of_requests_in_flight(int limit)
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

    [Fact]
    public async Task Inventory_and_catalogues_are_read_while_the_orders_walk_is_still_going()
    {
        await using var harness = await LoaderHarness.StartAsync(
            clickHouse, new SimulatorOptions { Orders = 3_000, Events = 6, Seed = 11, LatencyMs = 15 });
        harness.Simulator.Requests.Clear();

        await harness.RunAsync();

        var requests = harness.Simulator.Requests.Snapshot();
        var lastOrderPage = requests.Last(r => r.Path.EndsWith("/orders", StringComparison.Ordinal)).Sequence;
        var firstSeats = requests.First(r => r.Path.EndsWith("/seats", StringComparison.Ordinal)).Sequence;
        Assert.True(firstSeats < lastOrderPage, $"the first seats request ({firstSeats}) came after the last order page ({lastOrderPage})");
    }
}
