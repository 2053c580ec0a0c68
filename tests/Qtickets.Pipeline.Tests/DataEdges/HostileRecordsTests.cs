using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Pipeline.Tests.Running;
using Qtickets.Pipeline.Tests.Support;
using static Qtickets.Pipeline.Tests.Support.CapturedShapes;

namespace Qtickets.Pipeline.Tests.DataEdges;

/// <summary>
/// Records outside the data contract, in the real answer shape, over the real HTTP client and into the real
/// ClickHouse: each is rejected by id with its reason and never summed; the run stays ok and says what it rejected.
/// </summary>
public sealed class HostileRecordsTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly RunOverrides FullScan = new(FullScan: true);

    [Fact]
    public async Task Values_outside_the_contract_are_rejected_by_id_and_never_summed()
    {
        var tenant = new CannedTenant();
        tenant.SetOrders(
        [
            Order(1, prices: "\"1500.00\""),
            Order(2, prices: "-5000"),
            Order(3, prices: "\"abc\""),
            Order(4, prices: "\"1500,50\""),
            Order(5, prices: "\"NaN\""),
            Order(6, prices: "1e30"),
            Order(7, prices: "{\"amount\":1}"),
            Order(8, baskets: "[" + Basket(80, "\"100\"", Day, ",\"quantity\":\"two\"").Replace("\"quantity\":1,", string.Empty, StringComparison.Ordinal) + "]"),
            Order(9, baskets: "\"oops\""),
            Order(10, payedAt: Day).Replace($"\"payed_at\":\"{Stamp(Day)}\"", "\"payed_at\":\"03.10.2026 12:00:00\"", StringComparison.Ordinal),
            Order(11, updatedAt: new DateTimeOffset(2150, 1, 1, 0, 0, 0, TimeSpan.FromHours(3))),
            Order(12, baskets: "[" + Basket(120, "\"100\"", Day).Replace(Stamp(Day.AddMinutes(-7)), "1900-01-01T00:00:00+03:00", StringComparison.Ordinal) + "]"),
        ]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);

        var report = await harness.RunAsync(flags: FullScan);

        Assert.Equal(RunStatus.Ok, report.Status);
        Assert.Equal(11, report.OrdersRejected);
        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Equal(1500, await harness.ScalarAsync("SELECT toInt64(sum(revenue)) FROM fact_qtickets_sales_daily FINAL"));
        Assert.Equal(1, await harness.ScalarAsync("SELECT toInt64(sum(tickets_sold)) FROM fact_qtickets_sales_daily FINAL"));
        var rejected = report.Orders!.RejectedFirst.Select(r => r.RecordId).ToList();
        Assert.Equal(["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"], rejected);
        var metrics = await harness.Admin.QueryScalarAsync<string>("SELECT metrics FROM meta_job_runs", CancellationToken.None);
        Assert.Contains("\"rejected\":{\"count\":11,\"first\":[\"order 2: price is not a finite non-negative number (basket 20: price -5000)\"", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unpaid_order_that_kept_its_payment_time_is_not_a_sale()
    {
        var tenant = new CannedTenant();
        tenant.SetOrders([Order(1), Order(2, payed: 0)]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);

        var report = await harness.RunAsync(flags: FullScan);

        Assert.Equal(1, report.OrdersSkipped["not paid"]);
        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Equal(1500, await harness.ScalarAsync("SELECT toInt64(sum(revenue)) FROM fact_qtickets_sales_daily FINAL"));
    }

    [Fact]
    public async Task An_order_in_another_currency_stays_in_staging_and_out_of_the_daily_facts()
    {
        var tenant = new CannedTenant();
        tenant.SetOrders([Order(1), Order(2, currency: "USD", prices: "\"20.00\"")]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);

        var report = await harness.RunAsync(flags: FullScan);

        Assert.Equal(2, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Equal(1500, await harness.ScalarAsync("SELECT toInt64(sum(revenue)) FROM fact_qtickets_sales_daily FINAL"));
        Assert.Contains(report.Warnings, w => w.Contains("kept in staging but not in the daily facts (USD 1)", StringComparison.Ordinal));
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task Order_level_refunds_no_basket_shows_are_a_warning_naming_the_order()
    {
        var tenant = new CannedTenant();
        tenant.SetOrders([Order(1), Order(2, refunds: """[{"id":9,"amount":"1500.00","created_at":"2026-11-21T10:00:00+03:00"}]""")]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);

        var report = await harness.RunAsync(flags: FullScan);

        Assert.Contains(report.Warnings, w => w.Contains("1 order(s) (2) have order-level refunds while no basket is marked refunded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unbounded_text_is_stored_cut_to_its_limit_with_a_warning()
    {
        var huge = new string('u', 3_000_000);
        var tenant = new CannedTenant();
        tenant.SetOrders([Order(1, utm: $$"""{"utm_source":"{{huge}}","utm_medium":"cpc"}""")]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);

        var report = await harness.RunAsync(flags: FullScan);

        Assert.Equal(256, await harness.ScalarAsync("SELECT toInt64(max(length(utm_source))) FROM stg_qtickets_api_orders_raw"));
        Assert.Equal(256, await harness.ScalarAsync("SELECT toInt64(max(length(utm_source))) FROM fact_qtickets_sales_utm_daily"));
        Assert.Contains(report.Warnings, w => w.Contains("1 order(s) (1) had text longer than stored text may be", StringComparison.Ordinal));
    }
}
