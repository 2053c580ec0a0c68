using Qtickets.ClickHouse.Testing;
using Qtickets.Pipeline.Tests.Running;
using Qtickets.Pipeline.Tests.Support;
using static Qtickets.Pipeline.Tests.Support.CapturedShapes;

namespace Qtickets.Pipeline.Tests.Pushed;

/// <summary>
/// The store of <c>qtickets listen</c> over the real ClickHouse follows the loader's rules: records outside the data
/// contract are rejected by id and never summed, and the days an order leaves are recomputed with the days it enters.
/// </summary>
public sealed class PushedOrderStoreTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task Orders_outside_the_data_contract_are_rejected_by_id_and_nothing_of_them_is_stored_or_summed()
    {
        await using var harness = await StartAsync();
        var store = harness.PushedStore();
        var twoTickets = Basket(60, "\"100.00\"", Day, ",\"quantity\":\"two\"").Replace("\"quantity\":1,", string.Empty, StringComparison.Ordinal);
        var from2099 = Basket(70, "\"100.00\"", Day).Replace($"\"updated_at\":\"{Stamp(Day)}\"", "\"updated_at\":\"2099-01-01T00:00:00+03:00\"", StringComparison.Ordinal);

        var outcomes = await store.PushAsync(
            Day.AddMinutes(5),
            Order(4),
            Order(5, prices: "\"-5000.00\""),
            Order(6, baskets: "[" + twoTickets + "]"),
            Order(7, baskets: "[" + from2099 + "]"));

        Assert.True(outcomes[0].Stored);
        Assert.All(outcomes.Skip(1), outcome => Assert.False(outcome.Stored || outcome.Refusal is not null));
        Assert.Equal(["order 5: ", "order 6: ", "order 7: "], outcomes.Skip(1).Select(o => o.Rejection![..9]));
        Assert.Equal(1, await harness.ScalarAsync("SELECT count() FROM stg_qtickets_api_orders_raw FINAL"));
        var facts = await Sales.FromFactsAsync(harness.Admin);
        Assert.Equal((1L, 1500m, 1L), Assert.Single(facts).Value);
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), facts);
    }

    [Fact]
    public async Task A_corrected_payment_day_recomputes_the_day_the_order_left_too()
    {
        await using var harness = await StartAsync();
        var store = harness.PushedStore();
        var later = Day.AddDays(2);
        await store.PushAsync(Day.AddMinutes(5), Order(8), Order(9));

        await store.PushAsync(later.AddMinutes(5), Order(8, payedAt: later));

        var facts = await Sales.FromFactsAsync(harness.Admin);
        Assert.Equal((1L, 1500m, 1L), facts[(DateOnly.FromDateTime(Day.DateTime), "москва")]);
        Assert.Equal((1L, 1500m, 1L), facts[(DateOnly.FromDateTime(later.DateTime), "москва")]);
        Assert.Equal(await Sales.FromStagingAsync(harness.Admin), facts);
    }

    private async Task<LoaderHarness> StartAsync()
    {
        var tenant = new CannedTenant();
        tenant.SetEvent(7, "Москва");
        return await LoaderHarness.StartAsync(clickHouse, tenant.Respond);
    }
}
