using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Requests_are_counted_by_method_and_path_prefix()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 50, Events = 3 });

        await host.Rest.GetAsync("orders?page=1");
        await host.Rest.GetAsync("orders?page=2");
        await host.Rest.PostAsync("orders", new { page = 1 });
        await host.Rest.GetAsync("events");

        Assert.Equal(2, host.Server.RequestCount("GET", "orders"));
        Assert.Equal(3, host.Server.RequestCount("*", "orders"));
        Assert.Equal(1, host.Server.RequestCount("POST", "/api/rest/v1/orders"));
        Assert.Equal(4, host.Server.RequestCount("*", "/api/"));
    }

    [Fact]
    public async Task Exact_counts_leave_out_sub_paths()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 50, Events = 3 });
        var id = (await host.Rest.GetAsync("orders?page=1")).EnsureOk().Ids[0];

        await host.Rest.GetAsync($"orders/{id}");

        Assert.Equal(2, host.Server.RequestCount("GET", "orders"));
        Assert.Equal(1, host.Server.RequestCountExact("GET", "orders"));
        Assert.Equal(1, host.Server.RequestCountExact("GET", "/api/rest/v1/orders"));
    }

    [Fact]
    public async Task Each_entry_keeps_path_query_body_and_status()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 50, Events = 3 });

        await host.Rest.GetAsync("orders?page=2", new { per_page = 5 });
        await host.Anonymous.GetAsync("events");

        var entries = host.Server.Requests.Snapshot();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("GET", "/api/rest/v1/orders", "?page=2", 200), (entries[0].Method, entries[0].Path, entries[0].Query, entries[0].Status));
        Assert.Contains("per_page", entries[0].Body, StringComparison.Ordinal);
        Assert.Equal(403, entries[1].Status);
    }

    [Fact]
    public async Task Control_routes_are_not_logged_and_clear_empties_the_log()
    {
        await using var host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Orders = 50, Events = 3 });
        using var control = new HttpClient { BaseAddress = host.Server.BaseUri };

        await host.Rest.GetAsync("events");
        await control.GetAsync("_simulator/health");
        var countedBeforeClear = host.Server.Requests.Total;
        host.Server.Requests.Clear();

        Assert.Equal(1, countedBeforeClear);
        Assert.Equal(0, host.Server.RequestCount("*", "/"));
        Assert.Empty(host.Server.Requests.Snapshot());
    }
}
