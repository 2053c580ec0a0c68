using Qtickets.Simulator.Tests.Support;

namespace Qtickets.Simulator.Tests;

public sealed class PagingTests(DefaultSimulatorFixture fixture) : IClassFixture<DefaultSimulatorFixture>
{
    private SimulatorHost Host => fixture.Host;

    [Fact]
    public async Task Orders_pages_cover_every_order_once_and_total_counts_them()
    {
        var orders = await Host.Rest.GetAllAsync("orders", page => new { page, per_page = 300 });
        var first = (await Host.Rest.GetAsync("orders", new { per_page = 300 })).EnsureOk();

        var ids = orders.Select(o => o.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(Host.Server.Options.Orders, first.Total);
        Assert.Equal(first.Total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task Paging_block_reports_the_page_asked_for_and_its_size()
    {
        var answer = (await Host.Rest.GetAsync("orders", new { page = 3, per_page = 40 })).EnsureOk();

        var paging = answer.Json.RootElement.GetProperty("paging");
        Assert.Equal(3, paging.GetProperty("currentPage").GetInt32());
        Assert.Equal(40, paging.GetProperty("perPage").GetInt32());
        Assert.Equal(40, answer.Data.GetArrayLength());
    }

    [Fact]
    public async Task Last_page_holds_the_remainder_and_a_page_beyond_it_is_empty()
    {
        var total = (await Host.Rest.GetAsync("orders", new { per_page = 300 })).EnsureOk().Total;
        var lastPage = (total + 299) / 300;

        var last = (await Host.Rest.GetAsync("orders", new { page = lastPage, per_page = 300 })).EnsureOk();
        var beyond = (await Host.Rest.GetAsync("orders", new { page = lastPage + 1, per_page = 300 })).EnsureOk();

        Assert.Equal(total - ((lastPage - 1) * 300), last.Data.GetArrayLength());
        Assert.Equal(0, beyond.Data.GetArrayLength());
        Assert.Equal(total, beyond.Total);
    }

    [Fact]
    public async Task Events_pages_cover_every_event_and_default_to_ten_a_page()
    {
        var first = (await Host.Rest.GetAsync("events")).EnsureOk();
        var events = await Host.Rest.GetAllAsync("events", page => new { page });

        Assert.Equal(10, first.PerPage);
        Assert.Equal(Host.Server.Options.Events, first.Total);
        Assert.Equal(first.Total, events.Select(e => e.GetProperty("id").GetInt64()).Distinct().Count());
    }

    [Fact]
    public async Task Catalogues_answer_the_same_paging_shape()
    {
        foreach (var path in new[] { "clients", "color-themes", "discounts", "promo-codes" })
        {
            var answer = (await Host.Rest.GetAsync(path)).EnsureOk();

            Assert.True(answer.Total > 0, path);
            Assert.Equal(Math.Min(answer.Total, answer.PerPage), answer.Data.GetArrayLength());
        }
    }
}
