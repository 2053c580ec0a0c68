using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class DeterminismTests
{
    private static readonly SimulatorOptions Small = SimulatorHost.DefaultOptions with { Orders = 800, Events = 8 };

    [Fact]
    public async Task Same_seed_and_anchor_give_byte_identical_pages()
    {
        await using var first = await SimulatorHost.StartAsync(Small);
        await using var second = await SimulatorHost.StartAsync(Small);

        foreach (var path in new[] { "orders?page=3&per_page=100", "events?page=1", "clients?page=2" })
        {
            var a = (await first.Rest.GetAsync(path)).EnsureOk();
            var b = (await second.Rest.GetAsync(path)).EnsureOk();

            Assert.Equal(a.Bytes, b.Bytes);
        }
    }

    [Fact]
    public async Task Another_seed_gives_other_data()
    {
        await using var first = await SimulatorHost.StartAsync(Small);
        await using var second = await SimulatorHost.StartAsync(Small with { Seed = 7 });

        var a = (await first.Rest.GetAsync("orders?page=3&per_page=100")).EnsureOk();
        var b = (await second.Rest.GetAsync("orders?page=3&per_page=100")).EnsureOk();

        Assert.NotEqual(a.Text, b.Text);
    }

    [Fact]
    public async Task Seats_of_a_show_are_the_same_on_every_request()
    {
        await using var host = await SimulatorHost.StartAsync(Small);
        var show = (await host.Rest.GetAsync("events")).EnsureOk().Data[0].GetProperty("shows")[0].GetProperty("id").GetInt64();

        var a = (await host.Rest.GetAsync($"shows/{show}/seats")).EnsureOk();
        var b = (await host.Rest.GetAsync($"shows/{show}/seats")).EnsureOk();

        Assert.Equal(a.Bytes, b.Bytes);
    }
}
