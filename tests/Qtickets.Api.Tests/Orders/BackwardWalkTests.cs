using System.Globalization;
using Qtickets.Api.Orders;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Orders;

public sealed class BackwardWalkTests
{
    [Fact]
    public async Task An_incremental_two_hour_run_on_a_100000_order_tenant_ignoring_the_filter_reads_three_pages_and_one_empty_one()
    {
        var tenant = new FakeOrderTenant { OrderCount = 100_000, Interval = TimeSpan.FromMinutes(3) };
        var from = tenant.LastCreated.AddHours(-2);
        var handler = tenant.Handler();

        var (batches, summary) = await TestClient.Create(handler).StreamOrders(new OrderQuery { From = from, To = tenant.LastCreated.AddMinutes(10) }).ReadAllAsync();

        // Page 2000 is full, so the total may under-report: page 2001 is asked too, and is empty.
        Assert.Equal(["1", "2000", "2001", "1999"], Pages(handler));
        Assert.Equal(4, summary.PagesFetched);
        Assert.Equal(tenant.Matching(from, tenant.LastCreated.AddMinutes(10)), batches.Ids().Order());
        Assert.Equal(OrderFetchMode.PlainPages, summary.Mode);
        Assert.True(summary.Completed);
    }

    [Fact]
    public async Task A_denser_tenant_is_reached_in_one_estimated_round_of_concurrent_pages()
    {
        var tenant = new FakeOrderTenant { OrderCount = 100_000, Interval = TimeSpan.FromSeconds(20) };
        var from = tenant.LastCreated.AddHours(-2);
        var handler = tenant.Handler();

        var (batches, _) = await TestClient.Create(handler).StreamOrders(new OrderQuery { From = from }).ReadAllAsync();

        // 3 hours back (window + reservation) at 3 orders a minute is 540 orders: 11 pages of 50 below the probe.
        Assert.Equal(tenant.Matching(from, null), batches.Ids().Order());
        Assert.Equal(13, handler.Requests.Count);
        Assert.Equal(["1", "2000", "2001"], Pages(handler).Take(3));
        Assert.Equal(Enumerable.Range(1990, 10), Pages(handler).Skip(3).Select(p => int.Parse(p!, CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task The_walk_stops_at_the_first_page_created_wholly_before_the_window_minus_the_reservation()
    {
        var tenant = new FakeOrderTenant { OrderCount = 5_000, Interval = TimeSpan.FromMinutes(1) };
        var from = tenant.LastCreated.AddHours(-3);
        var handler = tenant.Handler();

        await TestClient.Create(handler).StreamOrders(new OrderQuery { From = from, MaxReservation = TimeSpan.FromHours(2) }).ReadAllAsync();

        // Threshold 5 hours back = 300 orders: pages 100 down to 94 (page 94 holds order 4651, created 349 minutes back).
        var lowest = handler.Requests.Skip(1).Min(r => int.Parse(r.Query("page")!, CultureInfo.InvariantCulture));
        Assert.Equal(94, lowest);
    }

    [Fact]
    public async Task A_tenant_with_one_page_needs_only_the_probe()
    {
        var tenant = new FakeOrderTenant { OrderCount = 40 };
        var handler = tenant.Handler();

        var (batches, _) = await TestClient.Create(handler).StreamOrders(new OrderQuery { From = tenant.FirstCreated }).ReadAllAsync();

        Assert.Single(handler.Requests);
        Assert.Equal(tenant.Matching(tenant.FirstCreated, null), batches.Ids());
    }

    [Fact]
    public async Task Breaking_out_of_the_loop_stops_the_walk()
    {
        var tenant = new FakeOrderTenant { OrderCount = 100_000, Interval = TimeSpan.FromSeconds(20) };
        var handler = tenant.Handler();
        var stream = TestClient.Create(handler).StreamOrders(new OrderQuery { From = tenant.LastCreated.AddHours(-2) });

        await foreach (var _ in stream)
        {
            break;
        }

        var requested = handler.Requests.Count;
        await Task.Delay(50);
        Assert.Equal(2, requested);
        Assert.Equal(requested, handler.Requests.Count);
        Assert.False(stream.Summary.Completed);
    }

    [Fact]
    public async Task Progress_is_reported_after_every_page()
    {
        var tenant = new FakeOrderTenant { OrderCount = 100_000, Interval = TimeSpan.FromMinutes(3) };
        var progress = new RecordingProgress<OrderFetchSummary>();

        await TestClient.Create(tenant.Handler()).StreamOrders(new OrderQuery { From = tenant.LastCreated.AddHours(-2) }, progress).ReadAllAsync();

        Assert.Equal([150L, 100L, 100L, 50L], progress.Reports.Select(p => p.RecordsSeen).Reverse());
        Assert.All(progress.Reports, p => Assert.Equal(OrderFetchMode.PlainPages, p.Mode));
    }

    [Fact]
    public async Task A_stream_can_be_read_only_once()
    {
        var stream = TestClient.Create(new FakeOrderTenant { OrderCount = 1 }.Handler()).StreamOrders(new OrderQuery());
        await stream.ReadAllAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => stream.ReadAllAsync());
    }

    private static List<string?> Pages(StubHttpMessageHandler handler) => [.. handler.Requests.Select(r => r.Query("page"))];
}
