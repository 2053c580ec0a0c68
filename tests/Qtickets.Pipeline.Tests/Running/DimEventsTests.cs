using Qtickets.ClickHouse.Testing;

namespace Qtickets.Pipeline.Tests.Running;

public sealed class DimEventsTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private const string LatestTotals =
        "SELECT toInt64(sum(total)) FROM (SELECT argMax(tickets_total, _ver) AS total FROM dim_events GROUP BY event_id)";

    [Fact]
    public async Task A_run_with_inventory_skipped_keeps_the_last_known_capacity_of_every_event()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);
        await harness.RunAsync();
        var before = await harness.ScalarAsync(LatestTotals);

        var report = await harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_SKIP_INVENTORY"] = "true" });

        Assert.True(before > 0);
        Assert.Contains("inventory", report.Skipped.Keys);
        Assert.Equal(before, await harness.ScalarAsync(LatestTotals));
    }

    [Fact]
    public async Task Events_carry_their_city_name_and_the_span_of_their_shows()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        await harness.RunAsync();

        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM dim_events WHERE city != lowerUTF8(city) OR city = ''"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM dim_events WHERE start_date > end_date"));
    }
}
