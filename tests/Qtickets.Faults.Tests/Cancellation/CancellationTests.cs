using System.Diagnostics;
using System.Text.Json;
using Qtickets.ClickHouse.Testing;
using Qtickets.Faults.Tests.Support;
using Qtickets.Pipeline.Running;
using Qtickets.TestUtilities;

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
        // Slow answers keep the run loading while the test waits for its first staged rows, then cancels: a page
        // count would race the read-ahead, which may hold a whole chunk not yet written.
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(112) with { Orders = 9_000, IgnoreWhere = true, LatencyMs = 40 });
        using var stop = new CancellationTokenSource();
        var run = harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_MAX_CONCURRENCY"] = "1" }, cancellationToken: stop.Token);
        var clock = Stopwatch.StartNew();
        while (await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw") == 0)
        {
            Assert.False(run.IsCompleted, "the run ended before it wrote an order");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the run wrote no order within 60 s");
            await Task.Delay(50);
        }

        Assert.False(run.IsCompleted, "the run ended before the cancellation; the tenant should keep it loading");
        await stop.CancelAsync();
        var failure = await Assert.ThrowsAsync<LoaderRunException>(() => run);

        var written = await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL");
        Assert.True(written > 0, "orders were written before the cancellation");
        Assert.Equal(written, failure.Report.Datasets["orders"]);
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        using var message = System.Text.Json.JsonDocument.Parse(error.Message);
        Assert.Equal(written, message.RootElement.GetProperty("orders").GetInt64());
        Assert.Equal(await Sales.FromStagingAsync(harness.Target.Admin), await Sales.FromFactsAsync(harness.Target.Admin));
    }

    [Fact]
    public async Task A_run_stopped_by_sigterm_exits_130_and_its_error_row_counts_the_orders_it_wrote()
    {
        await using var harness = await FaultHarness.StartAsync(clickHouse, FaultHarness.SmallTenant(113) with { Orders = 9_000, IgnoreWhere = true, LatencyMs = 40 });
        using var state = new TempDirectory();
        await using var run = Support.Cli.Start(["run", "--max-concurrency", "1"], harness.Environment(new Dictionary<string, string> { ["QTICKETS_STATE_DIR"] = state.Path }));
        await WaitUntilStagedAsync(harness, run);

        Assert.True(run.Terminate(), "SIGTERM could not be sent");
        var result = await run.WaitForCliAsync();
        harness.Keep(result);

        Assert.True(result.ExitCode == 130, result.ToString());
        var written = await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL");
        Assert.True(written > 0, "orders were written before the signal");
        var error = Assert.Single(await harness.AssertJobRunsAsync("error"));
        using var message = JsonDocument.Parse(error.Message);
        Assert.StartsWith("cancelled", message.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(written, message.RootElement.GetProperty("orders").GetInt64());
        using var metrics = JsonDocument.Parse(error.Metrics);
        Assert.Equal(written, metrics.RootElement.GetProperty("datasets").GetProperty("orders").GetInt64());
        // The days of what it wrote were recomputed before it stopped: the daily facts equal staging after this run too.
        Assert.Equal(await Sales.FromStagingAsync(harness.Target.Admin), await Sales.FromFactsAsync(harness.Target.Admin));
        await harness.AssertNoSecretLeakedAsync();
    }

    /// <summary>Until staging holds orders of the run, which must still be loading (the tenant is large and slow).</summary>
    private static async Task WaitUntilStagedAsync(FaultHarness harness, Qtickets.Processes.RunningChild run)
    {
        var clock = Stopwatch.StartNew();
        while (await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw") == 0)
        {
            Assert.False(run.HasExited, "the run ended before it wrote an order:\n" + string.Join('\n', run.LogSoFar));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the run wrote no order within 60 s");
            await Task.Delay(50);
        }

        Assert.False(run.HasExited, "the run ended before the signal; the tenant should keep it loading");
    }
}
