using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests.Webhooks;

/// <summary><c>--live-sales-per-minute</c>: new paid orders, at once in <c>/orders</c>, announced as created and payed webhooks.</summary>
public sealed class LiveSalesTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_live_sale_is_a_new_paid_order_in_orders_announced_as_created_then_payed()
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-2);
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with
        {
            LiveSalesPerMinute = 600,
            Webhooks = WebhookDeliveryTests.CreateOptions(_receiver.Url),
        });

        var received = await _receiver.WaitForAsync(2);
        var first = JsonDocument.Parse(received[0].Body).RootElement;
        var id = first.GetProperty("id").GetInt64();
        var reread = (await host.Rest.GetAsync($"orders/{id}")).EnsureOk();
        var newest = (await host.Rest.GetAsync("orders", new { orderBy = new { id = "desc" }, per_page = 1000 })).EnsureOk();

        Assert.Contains(received.Take(2), w => w.Header("X-Event-Type") == "created");
        Assert.Contains(received.Take(2), w => w.Header("X-Event-Type") == "payed");
        Assert.True(first.GetProperty("payed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("deleted_at").ValueKind);
        Assert.True(Iso.Read(first.GetProperty("created_at")) >= started, "a live sale is created now, after the generated history");
        Assert.Contains(id, newest.Ids);
        Assert.True(newest.Total > SimulatorHost.DefaultOptions.Orders, $"{newest.Total} orders listed");
        Assert.Equal(id, reread.Data.GetProperty("id").GetInt64());
        Assert.All(received, w => Assert.Equal(WebhookDeliveryTests.ExpectedSignature(w.Body), w.Header("X-Signature")));
    }

    [Fact]
    public async Task Live_sales_follow_the_time_provider_and_never_run_ahead_of_the_rate()
    {
        var time = new FakeTimeProvider(SimulatorHost.Anchor.AddHours(1));
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { LiveSalesPerMinute = 60 }, time);
        var generated = host.Server.OrderCount;

        await Task.Delay(300);
        Assert.Equal(0, host.Server.LiveSalesMade);
        var advanced = TimeSpan.Zero;
        while (host.Server.LiveSalesMade < 5 && advanced < TimeSpan.FromSeconds(30))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            advanced += TimeSpan.FromSeconds(1);
            await Task.Delay(50);
            Assert.True(host.Server.LiveSalesMade <= (long)advanced.TotalSeconds, $"{host.Server.LiveSalesMade} sales after {advanced}");
        }

        Assert.True(host.Server.LiveSalesMade >= 5, $"only {host.Server.LiveSalesMade} sales after {advanced} at 60 a minute");
        Assert.Equal(generated + host.Server.LiveSalesMade, host.Server.OrderCount);
    }

    [Fact]
    public async Task Live_sales_are_dated_now_and_listed_by_an_updated_at_window()
    {
        var time = new FakeTimeProvider(SimulatorHost.Anchor.AddDays(2));
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { LiveSalesPerMinute = 60 }, time);
        var since = time.GetUtcNow();

        while (host.Server.LiveSalesMade < 2)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }

        var window = (await host.Rest.GetAsync("orders", new
        {
            where = new[] { new { column = "updated_at", @operator = ">=", value = Iso.Format(since) } },
        })).EnsureOk();
        Assert.True(window.Ids.Count >= 2);
        Assert.All(window.Data.EnumerateArray(), o => Assert.True(Iso.Read(o.GetProperty("payed_at")) >= since));
    }
}
