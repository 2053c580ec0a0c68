using System.Diagnostics;
using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

[Trait("Category", "Slow")]
public sealed class ScaleTests
{
    [Fact]
    public async Task A_million_order_tenant_starts_in_seconds_and_serves_its_last_page()
    {
        var watch = Stopwatch.StartNew();
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 1_000_000, Events = 200 });
        var started = watch.Elapsed;

        var total = (await host.Rest.GetAsync("orders", new { per_page = 1 })).EnsureOk().Total;
        var last = (await host.Rest.GetAsync("orders", new { page = total / 200, per_page = 200 })).EnsureOk();

        Assert.True(started < TimeSpan.FromSeconds(20), $"started in {started}");
        Assert.Equal(1_000_000, total);
        Assert.Equal(200, last.Data.GetArrayLength());
    }

    [Fact]
    public async Task A_hundred_thousand_order_tenant_sells_at_most_about_fifteen_orders_an_hour_near_now()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 100_000 });

        var counts = new List<int>();
        for (var hour = 1; hour <= 24; hour++)
        {
            var from = SimulatorHost.Anchor.AddHours(-hour);
            counts.Add((await host.Rest.GetAsync("orders", new
            {
                where = new object[]
                {
                    new { column = "created_at", @operator = ">=", value = Iso.Format(from) },
                    new { column = "created_at", @operator = "<", value = Iso.Format(from.AddHours(1)) },
                },
                per_page = 1,
            })).EnsureOk().Total);
        }

        Assert.All(counts, c => Assert.InRange(c, 1, 16));
    }

    [Fact]
    public async Task Walking_a_filtered_listing_scans_once_and_pages_quickly()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 200_000 });
        var body = new
        {
            where = new object[] { new { column = "payed", value = 1 }, new { column = "updated_at", @operator = ">=", value = Iso.Format(SimulatorHost.Anchor.AddDays(-60)) } },
            orderBy = new { id = "asc" },
            per_page = 200,
        };
        (await host.Rest.GetAsync("orders", body)).EnsureOk();

        var watch = Stopwatch.StartNew();
        for (var page = 2; page <= 21; page++)
        {
            var answer = (await host.Rest.GetAsync("orders", new { body.where, body.orderBy, body.per_page, page })).EnsureOk();
            Assert.Equal(200, answer.Data.GetArrayLength());
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"20 pages of 200 took {watch.Elapsed}");
    }
}
