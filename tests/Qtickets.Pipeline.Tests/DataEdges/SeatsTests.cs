using Qtickets.ClickHouse.Testing;
using Qtickets.Pipeline.Tests.Running;
using Qtickets.Simulator;

namespace Qtickets.Pipeline.Tests.DataEdges;

/// <summary>
/// Capacity from the real seats answers: asked with select the counts are there; a tenant ignoring select answers
/// seats without counts, and capacity is then unknown (NULL) with a warning naming the shows, never 1 or 0.
/// </summary>
public sealed class SeatsTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task Seats_without_counts_leave_capacity_unknown_and_say_which_shows()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse, new SimulatorOptions { Orders = 200, Events = 3, Seed = 5, IgnoreSelect = true });

        var report = await harness.RunAsync();

        Assert.True(await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_inventory_raw") > 0);
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_inventory_raw WHERE tickets_total IS NOT NULL OR tickets_left IS NOT NULL"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM fact_qtickets_inventory_latest WHERE tickets_total IS NOT NULL"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM dim_events WHERE tickets_total IS NOT NULL"));
        Assert.Contains(report.Warnings, w => w.StartsWith("inventory: capacity unknown (stored as NULL) for ", StringComparison.Ordinal) && w.Contains("show ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seats_asked_with_select_give_every_show_its_capacity()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse, new SimulatorOptions { Orders = 200, Events = 3, Seed = 5 });

        var report = await harness.RunAsync();

        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_inventory_raw WHERE tickets_total IS NULL"));
        Assert.True(await harness.ScalarAsync("SELECT toInt64(sum(tickets_total)) FROM fact_qtickets_inventory_latest FINAL") > 0);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("capacity unknown", StringComparison.Ordinal));
    }
}
