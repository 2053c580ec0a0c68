using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

/// <summary>--ignore-where: the production tenant, which ignored where, orderBy and per_page.</summary>
public sealed class IgnoreWhereTests : IAsyncLifetime
{
    private SimulatorHost _host = null!;

    public async Task InitializeAsync() => _host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { IgnoreWhere = true });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Orders_come_fifty_a_page_in_ascending_ids_whatever_the_filter_and_sort()
    {
        var answer = (await _host.Rest.GetAsync("orders", new
        {
            where = new[] { new { column = "payed", value = 1 } },
            orderBy = new { id = "desc" },
            per_page = 200,
        })).EnsureOk();

        Assert.Equal(50, answer.PerPage);
        Assert.Equal(50, answer.Data.GetArrayLength());
        Assert.Equal(answer.Ids.Order(), answer.Ids);
        Assert.Contains(answer.Data.EnumerateArray(), o => !o.GetProperty("payed").GetBoolean());
    }

    [Fact]
    public async Task Total_counts_every_order_whatever_the_filter()
    {
        var answer = (await _host.Rest.GetAsync("orders", new { where = new[] { new { column = "payed", value = 1 } } })).EnsureOk();

        Assert.Equal(_host.Server.Options.Orders, answer.Total);
    }

    [Fact]
    public async Task Query_string_parameters_other_than_page_are_ignored()
    {
        var plain = (await _host.Rest.GetAsync("orders?page=3")).EnsureOk();
        var decorated = (await _host.Rest.GetAsync("orders?page=3&payed=1&per_page=200&since=2025-11-01&where=%5B%5D")).EnsureOk();

        Assert.Equal(3, plain.Json.RootElement.GetProperty("paging").GetProperty("currentPage").GetInt32());
        Assert.Equal(plain.Ids, decorated.Ids);
        Assert.True(plain.Ids[0] > (await _host.Rest.GetAsync("orders?page=2")).EnsureOk().Ids[^1]);
    }

    [Fact]
    public async Task Last_page_holds_the_newest_orders()
    {
        var first = (await _host.Rest.GetAsync("orders")).EnsureOk();
        var lastPage = (first.Total + 49) / 50;

        var last = (await _host.Rest.GetAsync($"orders?page={lastPage}")).EnsureOk();

        var newest = last.Data.EnumerateArray().Max(o => Iso.Read(o.GetProperty("created_at"))!.Value);
        Assert.True(newest > SimulatorHost.Anchor.AddHours(-2), $"newest order {newest} should be within two hours of the anchor");
    }

    [Fact]
    public async Task Events_come_ten_a_page_in_ascending_ids()
    {
        var answer = (await _host.Rest.GetAsync("events", new { per_page = 100, orderBy = new { id = "desc" } })).EnsureOk();

        Assert.Equal(10, answer.PerPage);
        Assert.Equal(10, answer.Data.GetArrayLength());
        Assert.Equal(answer.Ids.Order(), answer.Ids);
        Assert.Equal(_host.Server.Options.Events, answer.Total);
    }
}
