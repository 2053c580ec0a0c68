using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

/// <summary>DELETE /orders/{id}/baskets: refunds and cancellations, dated by the injected clock.</summary>
public sealed class RefundAndCancelTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SimulatorHost.Anchor.AddHours(1));
    private SimulatorHost _host = null!;

    private DateTimeOffset Now => _time.GetUtcNow();

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions, _time);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Refund_marks_the_basket_refunded_and_moves_the_order_updated_at_to_now()
    {
        var order = await PaidOrderWithBasketsAsync(2);
        var basket = order.GetProperty("baskets")[0];
        var price = Money.Read(basket.GetProperty("price"));
        _time.Advance(TimeSpan.FromMinutes(7));

        var answer = (await RefundAsync(order, basket, price)).EnsureOk();

        var refunded = answer.Data.GetProperty("baskets")[0];
        Assert.Equal(Now, Iso.Read(refunded.GetProperty("refunded_at")));
        Assert.Equal(price, Money.Read(refunded.GetProperty("refunded_amount")));
        Assert.Equal(Now, Iso.Read(answer.Data.GetProperty("updated_at")));
        Assert.Equal(JsonValueKind.Null, answer.Data.GetProperty("baskets")[1].GetProperty("refunded_at").ValueKind);
        Assert.Contains(answer.Data.GetProperty("refunds").EnumerateArray(), r => Money.Read(r.GetProperty("amount")) == price);
    }

    [Fact]
    public async Task Refunded_order_is_found_by_an_updated_at_window_and_reads_back_changed()
    {
        var order = await PaidOrderWithBasketsAsync(1);
        var basket = order.GetProperty("baskets")[0];
        _time.Advance(TimeSpan.FromMinutes(3));
        (await RefundAsync(order, basket, Money.Read(basket.GetProperty("price")))).EnsureOk();

        var window = (await _host.Rest.GetAsync("orders", new
        {
            where = new[] { new { column = "updated_at", @operator = ">=", value = Iso.Format(Now.AddSeconds(-1)) } },
        })).EnsureOk();
        var reread = (await _host.Rest.GetAsync($"orders/{Id(order)}")).EnsureOk();

        Assert.Equal([Id(order)], window.Ids);
        Assert.NotEqual(JsonValueKind.Null, reread.Data.GetProperty("baskets")[0].GetProperty("refunded_at").ValueKind);
    }

    [Fact]
    public async Task Cancelling_every_basket_deletes_the_order()
    {
        var order = await PaidOrderWithBasketsAsync(2);
        _time.Advance(TimeSpan.FromMinutes(11));

        var answer = (await CancelAsync(order, order.GetProperty("baskets").EnumerateArray().ToArray())).EnsureOk();

        Assert.Equal(Now, Iso.Read(answer.Data.GetProperty("deleted_at")));
        Assert.Equal(Now, Iso.Read(answer.Data.GetProperty("updated_at")));
        Assert.All(answer.Data.GetProperty("baskets").EnumerateArray(), b => Assert.Equal(Now, Iso.Read(b.GetProperty("deleted_at"))));
    }

    [Fact]
    public async Task Cancelling_some_baskets_keeps_the_order()
    {
        var order = await PaidOrderWithBasketsAsync(2);
        _time.Advance(TimeSpan.FromMinutes(2));

        var answer = (await CancelAsync(order, [order.GetProperty("baskets")[0]])).EnsureOk();

        Assert.Equal(JsonValueKind.Null, answer.Data.GetProperty("deleted_at").ValueKind);
        Assert.Equal(Now, Iso.Read(answer.Data.GetProperty("baskets")[0].GetProperty("deleted_at")));
        Assert.Equal(JsonValueKind.Null, answer.Data.GetProperty("baskets")[1].GetProperty("deleted_at").ValueKind);
    }

    [Fact]
    public async Task Refunding_an_unpaid_order_is_refused()
    {
        var unpaid = (await _host.Rest.GetAsync("orders", new { where = new[] { new { column = "payed", value = 0 } }, per_page = 1 })).EnsureOk().Data[0];
        var basket = unpaid.GetProperty("baskets")[0];

        var answer = await RefundAsync(unpaid, basket, Money.Read(basket.GetProperty("price")));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    private Task<ApiAnswer> RefundAsync(JsonElement order, JsonElement basket, decimal amount) =>
        _host.Rest.DeleteAsync($"orders/{Id(order)}/baskets", new
        {
            refund = new { amount, baskets = new Dictionary<string, int[]> { [basket.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)] = [] } },
        });

    private Task<ApiAnswer> CancelAsync(JsonElement order, JsonElement[] baskets) =>
        _host.Rest.DeleteAsync($"orders/{Id(order)}/baskets", new
        {
            delete = new { baskets = baskets.ToDictionary(b => b.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), _ => Array.Empty<int>()) },
        });

    private async Task<JsonElement> PaidOrderWithBasketsAsync(int baskets)
    {
        var candidates = (await _host.Rest.GetAsync("orders", new
        {
            where = new object[] { new { column = "payed", value = 1 }, new { column = "deleted_at", @operator = "null" } },
            per_page = 500,
        })).EnsureOk().Data.EnumerateArray();
        return candidates.First(o => o.GetProperty("baskets").GetArrayLength() == baskets
            && o.GetProperty("refunds").GetArrayLength() == 0).Clone();
    }

    private static long Id(JsonElement order) => order.GetProperty("id").GetInt64();
}
