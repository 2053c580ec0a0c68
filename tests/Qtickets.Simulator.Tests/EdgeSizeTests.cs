using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class EdgeSizeTests
{
    [Fact]
    public async Task A_tenant_without_orders_answers_empty_pages()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 0, Events = 1 });

        var answer = (await host.Rest.GetAsync("orders")).EnsureOk();

        Assert.Equal(0, answer.Total);
        Assert.Equal(0, answer.Data.GetArrayLength());
    }

    [Fact]
    public async Task A_tiny_tenant_puts_its_few_orders_in_the_last_two_hours_on_its_only_event()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 3, Events = 1 });

        var orders = (await host.Rest.GetAsync("orders")).EnsureOk();
        var eventId = (await host.Rest.GetAsync("events")).EnsureOk().Ids.Single();

        Assert.Equal(3, orders.Total);
        Assert.All(orders.Data.EnumerateArray(), o => Assert.True(Iso.Read(o.GetProperty("created_at")) > SimulatorHost.Anchor.AddHours(-2)));
        Assert.All(orders.Data.EnumerateArray(), o => Assert.Equal(eventId, o.GetProperty("event_id").GetInt64()));
    }
}
