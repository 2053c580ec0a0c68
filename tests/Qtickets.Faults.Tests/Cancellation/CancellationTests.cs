using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Cancellation;

/// <summary>A run stopped from outside (Ctrl+C, a scheduler's timeout) is still a run: it leaves its row, and the next run heals.</summary>
public sealed class CancellationTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task A_run_cancelled_while_orders_are_fetched_leaves_an_error_row_and_the_next_run_heals()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(111) with { IgnoreWhere = true, LatencyMs = 50 });
        using var stop = new CancellationTokenSource();
        var observer = new OrderPageTrigger(2, stop.Cancel);

        var failure = await Assert.ThrowsAsync<LoaderRunException>(() =>
            harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_MAX_CONCURRENCY"] = "1" }, observer, cancellationToken: stop.Token));

        Assert.True(failure.Report.Recorded);
        Assert.StartsWith("cancelled", failure.Report.Error, StringComparison.Ordinal);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        Assert.Contains("cancelled", error.Metrics, StringComparison.Ordinal);

        harness.ClearFaults();
        await harness.RunAsync();

        await harness.AssertLoadedAsTheApiSaysAsync();
        await harness.AssertJobRunsAsync("error", "ok");
        await harness.AssertNoSecretLeakedAsync();
    }

    [Fact]
    public async Task A_run_cancelled_after_orders_were_written_counts_them_in_its_error_row()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(112) with { Orders = 9_000, IgnoreWhere = true });
        using var stop = new CancellationTokenSource();
        var observer = new OrderPageTrigger(120, stop.Cancel);

        var failure = await Assert.ThrowsAsync<LoaderRunException>(() =>
            harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_MAX_CONCURRENCY"] = "1" }, observer, cancellationToken: stop.Token));

        var written = await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL");
        Assert.True(written > 0, "orders were written before the cancellation");
        Assert.Equal(written, failure.Report.Datasets["orders"]);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        using var message = System.Text.Json.JsonDocument.Parse(error.Message);
        Assert.Equal(written, message.RootElement.GetProperty("orders").GetInt64());
    }
}
