using Qtickets.ClickHouse.Testing;
using Qtickets.Pipeline.Tests.Running;
using Qtickets.Pipeline.Tests.Support;
using static Qtickets.Pipeline.Tests.Pushed.PushedOrders;
using static Qtickets.Pipeline.Tests.Support.CapturedShapes;

namespace Qtickets.Pipeline.Tests.Pushed;

/// <summary>
/// Webhooks arrive twice, late and out of order (QTickets retries for 50 minutes), each with the order's state when it
/// was sent. The store versions a pushed order by the end of the second of its latest own timestamp, capped at its
/// receipt, so through the real store and the real ClickHouse an older state never replaces a newer one, and a
/// timestamp from the future does not freeze an order.
/// </summary>
public sealed class PushedOrderVersionTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private const string Staged = "SELECT toInt64(tickets_sold) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '{0}'";

    [Fact]
    public async Task An_older_webhook_replayed_after_a_newer_one_leaves_staging_and_the_facts_at_the_newer_state()
    {
        await using var harness = await StartAsync();
        var store = harness.PushedStore();
        var paid = Order(1, prices: ["\"1500.00\"", "\"2000.00\""]);
        var refunded = RefundFirstBasket(1, Day.AddDays(1), prices: ["\"1500.00\"", "\"2000.00\""]);

        await store.PushAsync(Day.AddMinutes(2), paid);
        await store.PushAsync(Day.AddDays(1).AddMinutes(1), refunded);
        var replay = await store.PushAsync(Day.AddDays(1).AddMinutes(40), paid);

        Assert.True(Assert.Single(replay).Stored);
        Assert.Equal(1, await harness.ScalarAsync(string.Format(null, Staged, 1)));
        var facts = await Sales.FromFactsAsync(harness.Admin);
        Assert.Equal((1L, 2000m, 1L), Assert.Single(facts).Value);
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), facts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sale_and_its_cancellation_in_one_batch_leave_no_sale_in_whichever_order_they_came(bool cancellationFirst)
    {
        await using var harness = await StartAsync();
        var store = harness.PushedStore();
        var paid = Order(2);
        var cancelled = Cancelled(2, Day.AddMinutes(10));

        var outcomes = await store.PushAsync(Day.AddMinutes(11), cancellationFirst ? [cancelled, paid] : [paid, cancelled]);

        Assert.All(outcomes, outcome => Assert.True(outcome.Stored));
        Assert.Equal(0, await harness.ScalarAsync("SELECT toInt64(sum(tickets_sold)) FROM stg_qtickets_api_orders_raw FINAL"));
        Assert.Empty(await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task A_timestamp_from_the_future_does_not_freeze_a_pushed_order_and_a_later_refund_replaces_it()
    {
        await using var harness = await StartAsync();
        var store = harness.PushedStore();
        var received = Day.AddHours(1);
        // A clock 20 hours ahead: inside the contract (at most a day after receipt), so stored, with the receipt as its version.
        var skewed = Order(3, updatedAt: received.AddHours(20));
        var refunded = RefundFirstBasket(3, Day.AddHours(2));

        await store.PushAsync(received, skewed);
        var refund = await store.PushAsync(Day.AddHours(2).AddSeconds(1), refunded);

        Assert.True(Assert.Single(refund).Stored);
        Assert.Equal(0, await harness.ScalarAsync(string.Format(null, Staged, 3)));
        Assert.Empty(await Sales.FromFactsAsync(harness.Admin));
    }

    [Fact]
    public async Task A_late_webhook_is_versioned_by_the_end_of_its_stamps_second_not_by_its_receipt()
    {
        await using var harness = await StartAsync();
        var store = harness.PushedStore();
        var refundedAt = Day.AddHours(4);
        var refunded = RefundFirstBasket(5, refundedAt);
        var paid = Order(5, updatedAt: refundedAt.AddSeconds(-30));

        // The refund arrives first; the older paid state is delivered an hour late (a retry): its version is the end
        // of its own stamp's second, earlier than the refund's, so it does not bring the sale back.
        await store.PushAsync(refundedAt.AddMilliseconds(200), refunded);
        await store.PushAsync(refundedAt.AddHours(1), paid);

        Assert.Equal(0, await harness.ScalarAsync(string.Format(null, Staged, 5)));
        Assert.Empty(await Sales.FromFactsAsync(harness.Admin));
    }

    private async Task<LoaderHarness> StartAsync()
    {
        var tenant = new CannedTenant();
        tenant.SetEvent(7, "Москва");
        return await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
    }
}
