using Qtickets.Api.Orders;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Orders;

public sealed class PlainPagesSwitchTests
{
    [Fact]
    public async Task An_ignored_filter_is_detected_and_the_run_switches_to_plain_pages_filtered_locally()
    {
        var tenant = new FakeOrderTenant { OrderCount = 1_000 };
        var from = tenant.LastCreated.AddHours(-2);
        var handler = tenant.Handler();

        var (batches, summary) = await TestClient.Create(handler).StreamOrders(new OrderQuery { From = from }).ReadAllAsync();

        Assert.Equal(OrderFetchMode.PlainPages, summary.Mode);
        Assert.Contains(summary.Warnings, w => w.Kind == FetchWarningKind.FilterIgnored);
        Assert.Contains("outside the filter", summary.ModeSwitchReason, StringComparison.Ordinal);
        Assert.Equal(tenant.Matching(from, null), batches.Ids().Order());
        Assert.All(batches.SelectMany(b => b.Orders), order => Assert.True(order.Payed && order.UpdatedAt >= from));
        Assert.All(batches, batch => Assert.Equal(OrderFetchMode.PlainPages, batch.Mode));
        Assert.Equal(1_000, summary.ReportedTotal);
    }

    [Fact]
    public async Task Plain_pages_are_plain_GETs_of_50_without_a_body()
    {
        var tenant = new FakeOrderTenant { OrderCount = 1_000 };
        var handler = tenant.Handler();

        await TestClient.Create(handler).StreamOrders(new OrderQuery { From = tenant.LastCreated.AddHours(-2) }).ReadAllAsync();

        Assert.All(handler.Requests.Skip(1), request =>
        {
            Assert.Equal(HttpMethod.Get, request.Method);
            Assert.Null(request.Body);
            Assert.Equal("50", request.Query("per_page"));
        });
    }

    [Fact]
    public async Task The_answer_that_ignored_everything_is_reused_as_plain_page_one()
    {
        var tenant = new FakeOrderTenant { OrderCount = 1_000 };
        var handler = tenant.Handler();

        await TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true }).ReadAllAsync();

        // 20 pages, and the empty 21st: the 20th is full, so the total may under-report.
        Assert.Equal(21, handler.Requests.Count);
        Assert.Equal(Enumerable.Range(1, 21), handler.Requests.Select(r => int.Parse(r.Query("page")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task An_ignored_page_size_alone_switches_to_plain_pages()
    {
        var tenant = new FakeOrderTenant { OrderCount = 600, HonoursWhere = true, HonoursOrderBy = true };
        var from = tenant.LastCreated.AddHours(-5);

        var (batches, summary) = await TestClient.Create(tenant.Handler()).StreamOrders(new OrderQuery { From = from }).ReadAllAsync();

        Assert.Equal(OrderFetchMode.PlainPages, summary.Mode);
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal(FetchWarningKind.PageSizeIgnored, warning.Kind);
        Assert.Contains("perPage 50, asked 200", warning.Message, StringComparison.Ordinal);
        Assert.Equal(tenant.Matching(from, null), batches.Ids().Order());
    }

    [Fact]
    public async Task An_ignored_sort_alone_switches_to_plain_pages()
    {
        var tenant = new FakeOrderTenant { OrderCount = 600, HonoursWhere = true, HonoursPerPage = true };
        var from = tenant.LastCreated.AddHours(-5);
        var matching = tenant.Matching(from, null);
        var handler = new StubHttpMessageHandler(request => request.Body is null
            ? tenant.Respond(request)
            : StubResponse.Json(Some.Page(matching.Reverse().Take(200).Select(tenant.OrderJson), 200, 1, matching.Count)));

        var (batches, summary) = await TestClient.Create(handler).StreamOrders(new OrderQuery { From = from }).ReadAllAsync();

        Assert.Equal(OrderFetchMode.PlainPages, summary.Mode);
        Assert.Equal(FetchWarningKind.SortIgnored, Assert.Single(summary.Warnings).Kind);
        Assert.Equal(matching, batches.Ids().Order());
    }

    [Fact]
    public async Task A_later_page_ignoring_the_filter_switches_mid_run_and_hands_on_the_plain_copies_last()
    {
        var tenant = new FakeOrderTenant { OrderCount = 2_000, HonoursWhere = true, HonoursOrderBy = true, HonoursPerPage = true };
        var from = tenant.LastCreated.AddHours(-30);
        var handler = new StubHttpMessageHandler(request => request.Body is not null && request.Query("page") == "2"
            ? StubResponse.Json(Some.Page(Enumerable.Range(1, 200).Select(id => tenant.OrderJson(id)), 200, 2, 480))
            : tenant.Respond(request));

        var (batches, summary) = await TestClient.Create(handler).StreamOrders(new OrderQuery { From = from }).ReadAllAsync();

        Assert.Equal(OrderFetchMode.PlainPages, summary.Mode);
        Assert.Contains(summary.Warnings, w => w.Kind == FetchWarningKind.FilterIgnored);
        // The orders of the filtered page come again on the plain pages, read later: the later copy is the one kept.
        var ids = batches.Ids();
        Assert.Equal(tenant.Matching(from, null), ids.Distinct().Order());
        var firstBatch = batches[0];
        var firstIds = firstBatch.Orders.Select(o => o.Id).ToHashSet();
        var again = batches.Skip(1).Where(b => b.Orders.Any(o => firstIds.Contains(o.Id))).ToList();
        Assert.NotEmpty(again);
        Assert.All(again, b => Assert.True(b.ObservedAt > firstBatch.ObservedAt));
        Assert.DoesNotContain(summary.Warnings, w => w.Kind == FetchWarningKind.DuplicateOrder);
    }

    [Fact]
    public async Task A_plain_full_scan_reads_every_page_in_order_and_keeps_paid_orders()
    {
        var tenant = new FakeOrderTenant { OrderCount = 1_234 };

        var (batches, summary) = await TestClient.Create(tenant.Handler()).StreamOrders(new OrderQuery { FullScan = true }).ReadAllAsync();

        Assert.Equal(tenant.Matching(null, null), batches.Ids());
        Assert.Equal(Enumerable.Range(1, 25), batches.Select(b => b.Page));
        Assert.Equal(1_234, summary.RecordsSeen);
        Assert.Equal(tenant.Matching(null, null).Count, summary.RecordsKept);
        Assert.DoesNotContain(summary.Warnings, w => w.Kind == FetchWarningKind.TotalMismatch);
    }
}
