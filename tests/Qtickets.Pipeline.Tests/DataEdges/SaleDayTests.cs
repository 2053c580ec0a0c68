using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Tests.Running;
using Qtickets.Pipeline.Tests.Support;
using static Qtickets.Pipeline.Tests.Support.CapturedShapes;

namespace Qtickets.Pipeline.Tests.DataEdges;

/// <summary>
/// An order that changes between runs: the days it leaves are recomputed as well as the days it enters, and a later
/// observation always replaces an earlier one, so the daily facts equal staging after every run.
/// </summary>
public sealed class SaleDayTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly RunOverrides FullScan = new(FullScan: true);

    [Fact]
    public async Task A_corrected_payment_day_leaves_the_old_day_in_the_facts_too()
    {
        // Order 1 is alone on its first day: no other order of the second run writes that day, only the day it
        // left can take it out of the facts there.
        var tenant = new CannedTenant();
        tenant.SetOrders([Order(1, payedAt: Day), Order(2, payedAt: Day.AddDays(1))]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
        await harness.RunAsync(flags: FullScan);

        tenant.SetOrders([Order(1, payedAt: Day.AddDays(2)), Order(2, payedAt: Day.AddDays(1))]);
        await harness.RunAsync(flags: FullScan);

        var facts = await Sales.FromFactsAsync(harness.Admin);
        Assert.False(facts.ContainsKey((DateOnly.FromDateTime(Day.DateTime), "москва")), "the day order 1 left still counts it");
        Assert.Equal((1L, 1500m, 1L), facts[(DateOnly.FromDateTime(Day.AddDays(1).DateTime), "москва")]);
        Assert.Equal((1L, 1500m, 1L), facts[(DateOnly.FromDateTime(Day.AddDays(2).DateTime), "москва")]);
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), facts);
    }

    [Fact]
    public async Task A_paid_order_without_payed_at_keeps_its_day_when_a_refund_moves_updated_at()
    {
        var tenant = new CannedTenant();
        var noPaymentTime = Order(1, updatedAt: Day).Replace($"\"payed_at\":\"{Stamp(Day)}\"", "\"payed_at\":null", StringComparison.Ordinal);
        tenant.SetOrders([noPaymentTime, Order(2)]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
        await harness.RunAsync(flags: FullScan);

        var refunded = noPaymentTime
            .Replace($"\"updated_at\":\"{Stamp(Day)}\"", $"\"updated_at\":\"{Stamp(Day.AddDays(3))}\"", StringComparison.Ordinal)
            .Replace("\"refunded_at\":null", $"\"refunded_at\":\"{Stamp(Day.AddDays(3))}\"", StringComparison.Ordinal);
        tenant.SetOrders([refunded, Order(2)]);
        await harness.RunAsync(flags: FullScan);

        var facts = await Sales.FromFactsAsync(harness.Admin);
        Assert.Equal((1L, 1500m, 1L), Assert.Single(facts).Value);
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), facts);
    }

    [Fact]
    public async Task An_order_no_longer_paid_replaces_its_sale_with_zeroes()
    {
        var tenant = new CannedTenant();
        tenant.SetOrders([Order(1), Order(2)]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
        await harness.RunAsync(flags: FullScan);

        tenant.SetOrders([Order(1, payed: 0), Order(2, deletedAt: Stamp(Day.AddDays(1)))]);
        await harness.RunAsync(flags: FullScan);

        Assert.Equal(0, await harness.ScalarAsync("SELECT toInt64(sum(tickets_sold)) FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Empty(await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task A_timestamp_from_the_near_future_does_not_freeze_an_order()
    {
        var tenant = new CannedTenant();
        var soon = DateTimeOffset.UtcNow.AddHours(20);
        tenant.SetOrders([Order(1, updatedAt: soon)]);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
        await harness.RunAsync(flags: FullScan);

        var refunded = Order(1).Replace("\"refunded_at\":null", $"\"refunded_at\":\"{Stamp(Day.AddDays(1))}\"", StringComparison.Ordinal);
        tenant.SetOrders([refunded]);
        await harness.RunAsync(flags: FullScan);

        Assert.Equal(0, await harness.ScalarAsync("SELECT toInt64(sum(tickets_sold)) FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Empty(await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task The_same_order_twice_in_a_run_keeps_the_copy_read_last()
    {
        var orders = Enumerable.Range(1, 100).Select(id => Order(id)).ToList();
        orders[60] = Order(5).Replace("\"refunded_at\":null", $"\"refunded_at\":\"{Stamp(Day.AddDays(1))}\"", StringComparison.Ordinal);
        var tenant = new CannedTenant();
        tenant.SetOrders(orders);
        await using var harness = await LoaderHarness.StartAsync(clickHouse, tenant.Respond);

        var report = await harness.RunAsync(new Dictionary<string, string> { ["QTICKETS_MAX_CONCURRENCY"] = "1" }, FullScan);

        Assert.Equal(0, await harness.ScalarAsync("SELECT toInt64(tickets_sold) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '5'"));
        Assert.Contains(report.Warnings, w => w.Contains("1 order ids came twice in this run (first: 5)", StringComparison.Ordinal));
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), await Sales.FromFactsAsync(harness.Admin));
    }
}
