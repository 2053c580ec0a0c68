using System.Net.Http.Headers;
using System.Text;
using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;
using Qtickets.TestUtilities.Truth;

namespace Qtickets.Pipeline.Tests.Running;

public sealed class LoaderJobTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static Dictionary<(DateOnly, string), (long, decimal, long)> NonZero(ApiTruth truth) =>
        truth.ByDayAndCity.Where(p => p.Value != (0, 0m, 0)).ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task A_full_load_puts_exactly_the_apis_paid_sales_in_staging_per_day_and_city()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);
        var truth = await ApiTruth.ReadAsync(harness.Simulator.RestBaseUri, harness.Simulator.Token);

        var report = await harness.RunAsync();

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.Equal(NonZero(truth), await Sales.FromStagingAsync(harness.Admin));
        Assert.Equal(truth.Sales, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
    }

    [Fact]
    public async Task Daily_facts_equal_the_deduplicated_staging_grouped_by_day()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        await harness.RunAsync();

        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task A_server_that_ignores_the_query_still_yields_every_paid_sale()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse, new SimulatorOptions { Orders = 600, Events = 8, Seed = 11, IgnoreWhere = true });
        var truth = await ApiTruth.ReadAsync(harness.Simulator.RestBaseUri, harness.Simulator.Token);

        var report = await harness.RunAsync();

        Assert.Equal(Api.Orders.OrderFetchMode.PlainPages, report.Orders!.Mode);
        Assert.Equal(NonZero(truth), await Sales.FromStagingAsync(harness.Admin));
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task Running_the_same_window_twice_gives_the_same_totals()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);
        await harness.RunAsync();
        var first = await Sales.FromFactsAsync(harness.Admin);

        await harness.RunAsync(flags: new RunOverrides(FullScan: true));

        Assert.Equal(first, await Sales.FromFactsAsync(harness.Admin));
        Assert.Equal(first, await Sales.FromStagingAsync(harness.Admin));
    }

    [Fact]
    public async Task Every_sales_row_has_the_city_of_its_event()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        await harness.RunAsync();

        Assert.True(await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw") > 0);
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw WHERE city = ''"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM fact_qtickets_sales_daily WHERE city = ''"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM dim_events WHERE city = '' OR city LIKE '{%'"));
    }

    [Fact]
    public async Task A_refund_made_after_payment_is_reflected_by_the_next_incremental_run()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);
        await harness.RunAsync();
        var (orderId, basketId, price) = await PaidOrderWithTwoBasketsAsync(harness);
        var before = await harness.ScalarAsync($"SELECT toInt64(tickets_sold) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '{orderId}'");

        await RefundAsync(harness.Simulator, orderId, basketId, price);
        var report = await harness.RunAsync();

        Assert.False(report.FullScan);
        Assert.Equal(before - 1, await harness.ScalarAsync($"SELECT toInt64(tickets_sold) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '{orderId}'"));
        Assert.Equal(NonZero(await ApiTruth.ReadAsync(harness.Simulator.RestBaseUri, harness.Simulator.Token)), await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task A_cancellation_is_caught_by_the_full_scan_when_the_server_ignores_filters()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse, new SimulatorOptions { Orders = 600, Events = 8, Seed = 5, IgnoreWhere = true });
        await harness.RunAsync();
        var (orderId, basketId, _) = await PaidOrderWithTwoBasketsAsync(harness);

        await CancelAsync(harness.Simulator, orderId, basketId);
        var report = await harness.RunAsync(flags: new RunOverrides(FullScan: true));

        Assert.True(report.FullScan);
        Assert.Equal(NonZero(await ApiTruth.ReadAsync(harness.Simulator.RestBaseUri, harness.Simulator.Token)), await Sales.FromFactsAsync(harness.Admin));
        Assert.Equal(NonZero(await ApiTruth.ReadAsync(harness.Simulator.RestBaseUri, harness.Simulator.Token)), await Sales.FromStagingAsync(harness.Admin));
    }

    [Fact]
    public async Task A_successful_run_leaves_one_ok_row_with_metrics()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        var report = await harness.RunAsync();

        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM meta_job_runs WHERE job = 'qtickets_api' AND status = 'ok'"));
        Assert.Equal(report.RowsProcessed, await harness.ScalarAsync("SELECT toInt64(rows_processed) FROM meta_job_runs"));
        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM meta_job_runs WHERE metrics LIKE '%\"datasets\":{%\"orders\":%' AND message LIKE '%\"status\":\"ok\"%'"));
    }

    [Fact]
    public async Task Every_written_row_says_when_it_was_loaded_even_on_servers_that_skip_defaults()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        await harness.RunAsync();

        foreach (var table in new[] { "stg_qtickets_api_orders_raw", "fact_qtickets_sales_daily", "fact_qtickets_sales_utm_daily", "dim_events", "stg_qtickets_api_inventory_raw", "fact_qtickets_inventory_latest", "stg_qtickets_api_clients_raw" })
        {
            Assert.True(await harness.ScalarAsync($"SELECT count() FROM {table}") > 0, table);
            Assert.Equal(0, await harness.ScalarAsync($"SELECT count() FROM {table} WHERE _loaded_at < toDateTime('2020-01-01 00:00:00')"));
        }

        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM meta_job_runs WHERE run_id = toUUID('00000000-0000-0000-0000-000000000000')"));
    }

    [Fact]
    public async Task A_dry_run_sends_nothing_and_writes_nothing()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        var report = await harness.RunAsync(new Dictionary<string, string> { ["DRY_RUN"] = "true" });

        Assert.Equal(RunStatus.Stub, report.Status);
        Assert.Equal(0, harness.Simulator.Requests.Total);
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM meta_job_runs"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw"));
        Assert.Contains(harness.Logs.Lines, l => l.Message.Contains("nothing written", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_api_that_is_down_fails_the_run_and_leaves_an_error_row()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        var failure = await Assert.ThrowsAsync<LoaderRunException>(() =>
            harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1/" }));

        Assert.True(failure.Report.Recorded);
        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM meta_job_runs WHERE status = 'error' AND metrics LIKE '%\"error\":\"%'"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count() FROM meta_job_runs WHERE status = 'ok'"));
    }

    [Fact]
    public async Task The_token_appears_in_no_log_line()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        await harness.RunAsync();
        await Assert.ThrowsAsync<LoaderRunException>(() =>
            harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1/" }));

        Assert.NotEmpty(harness.Logs.Lines);
        Assert.DoesNotContain(harness.Logs.Lines, l => l.FullText.Contains(harness.Simulator.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Lines, l => l.FullText.Contains(harness.Server.Connection.Writer.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_general_admission_zone_counts_its_places_not_one_seat()
    {
        await using var harness = await LoaderHarness.StartAsync(clickHouse);

        await harness.RunAsync();

        var expected = await ExpectedCapacityAsync(harness.Simulator);
        Assert.Equal(expected, await harness.ScalarAsync("SELECT toInt64(sum(tickets_total)) FROM fact_qtickets_inventory_latest FINAL"));
        Assert.True(expected > await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_inventory_raw"));
    }

    private static async Task<long> ExpectedCapacityAsync(SimulatorServer simulator)
    {
        using var http = Http(simulator);
        long total = 0;
        using var events = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("events?per_page=500"));
        foreach (var ev in events.RootElement.GetProperty("data").EnumerateArray())
        {
            foreach (var show in ev.GetProperty("shows").EnumerateArray())
            {
                if (show.TryGetProperty("deleted_at", out var deleted) && deleted.ValueKind != System.Text.Json.JsonValueKind.Null)
                {
                    continue;
                }

                if (show.TryGetProperty("is_active", out var active) && active.ValueKind == System.Text.Json.JsonValueKind.False)
                {
                    continue;
                }

                // The documented request names the counts it needs: without select the seats carry none.
                using var request = new HttpRequestMessage(HttpMethod.Get, $"shows/{show.GetProperty("id").GetInt64()}/seats")
                {
                    Content = new StringContent("""{"select":["max_quantity","disabled"],"flat":true}""", Encoding.UTF8, "application/json"),
                };
                using var answer = await http.SendAsync(request);
                using var seats = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
                total += SeatWalker.Capacity(seats.RootElement.GetProperty("data"));
            }
        }

        return total;
    }

    private static async Task<(string OrderId, long BasketId, decimal Price)> PaidOrderWithTwoBasketsAsync(LoaderHarness harness)
    {
        var id = await harness.Admin.QueryScalarAsync<string>(
            "SELECT order_id FROM stg_qtickets_api_orders_raw FINAL WHERE tickets_sold >= 2 AND is_cancelled = 0 ORDER BY sale_ts DESC LIMIT 1",
            CancellationToken.None);
        using var http = Http(harness.Simulator);
        using var order = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"orders/{id}"));
        var basket = order.RootElement.GetProperty("data").GetProperty("baskets").EnumerateArray()
            .First(b => b.GetProperty("deleted_at").ValueKind == System.Text.Json.JsonValueKind.Null
                && (!b.TryGetProperty("refunded_at", out var r) || r.ValueKind == System.Text.Json.JsonValueKind.Null));
        var price = basket.GetProperty("price");
        return (id!, basket.GetProperty("id").GetInt64(),
            price.ValueKind == System.Text.Json.JsonValueKind.String ? decimal.Parse(price.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : price.GetDecimal());
    }

    private static Task RefundAsync(SimulatorServer simulator, string orderId, long basketId, decimal amount) =>
        DeleteBasketsAsync(simulator, orderId, new System.Text.Json.Nodes.JsonObject
        {
            ["refund"] = new System.Text.Json.Nodes.JsonObject
            {
                ["amount"] = amount,
                ["baskets"] = new System.Text.Json.Nodes.JsonObject { [basketId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new System.Text.Json.Nodes.JsonArray() },
            },
        }.ToJsonString());

    private static Task CancelAsync(SimulatorServer simulator, string orderId, long basketId) =>
        DeleteBasketsAsync(simulator, orderId, new System.Text.Json.Nodes.JsonObject
        {
            ["delete"] = new System.Text.Json.Nodes.JsonObject
            {
                ["baskets"] = new System.Text.Json.Nodes.JsonObject { [basketId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new System.Text.Json.Nodes.JsonArray() },
            },
        }.ToJsonString());

    private static async Task DeleteBasketsAsync(SimulatorServer simulator, string orderId, string body)
    {
        using var http = Http(simulator);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"orders/{orderId}/baskets")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static HttpClient Http(SimulatorServer simulator)
    {
        var http = new HttpClient { BaseAddress = simulator.RestBaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.Token);
        return http;
    }
}
