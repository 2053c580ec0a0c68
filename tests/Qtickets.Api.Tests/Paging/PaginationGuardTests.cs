using Qtickets.Api.Orders;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Paging;

public sealed class PaginationGuardTests
{
    [Fact]
    public async Task An_empty_page_that_should_hold_records_ends_the_walk_with_a_warning()
    {
        var handler = PlainPages(page => page switch
        {
            1 => Some.Page(Orders(1, 50), 50, 1, 200),
            2 => Some.Page([], 50, 2, 200),
            _ => Some.Page(Orders(((page - 1) * 50) + 1, 50), 50, page, 200),
        });

        var (batches, summary) = await FullScan(handler);

        Assert.Single(summary.Warnings, w => w.Kind == FetchWarningKind.EmptyPage);
        Assert.Equal([1], batches.Select(b => b.Page));
        Assert.True(summary.Completed);
    }

    [Fact]
    public async Task A_page_repeating_the_previous_one_ends_the_walk_with_a_warning()
    {
        var handler = PlainPages(page => Some.Page(Orders(1, 50), 50, page, 500));

        var (batches, summary) = await FullScan(handler);

        Assert.Contains(summary.Warnings, w => w.Kind == FetchWarningKind.RepeatedPage);
        Assert.Equal([1], batches.Select(b => b.Page));
        // Page 1, then at most the window of 4 pages in flight and the one refilled when page 2 arrived; not all 10.
        Assert.InRange(handler.Requests.Count, 2, 6);
    }

    [Fact]
    public async Task A_page_beyond_what_its_total_allows_ends_the_walk_with_a_warning()
    {
        var handler = PlainPages(page => page == 1
            ? Some.Page(Orders(1, 50), 50, 1, 150)
            : Some.Page(Orders(((page - 1) * 50) + 1, 50), 50, page, 50));

        var (batches, summary) = await FullScan(handler);

        Assert.Single(summary.Warnings, w => w.Kind == FetchWarningKind.TooManyPages);
        Assert.Equal([1], batches.Select(b => b.Page));
    }

    [Fact]
    public async Task A_complete_walk_seeing_fewer_records_than_the_total_reports_the_mismatch()
    {
        var handler = PlainPages(page => page switch
        {
            1 => Some.Page(Orders(1, 50), 50, 1, 120),
            2 => Some.Page(Orders(51, 50), 50, 2, 120),
            _ => Some.Page(Orders(101, 10), 50, 3, 120),
        });

        var (batches, summary) = await FullScan(handler);

        var warning = Assert.Single(summary.Warnings, w => w.Kind == FetchWarningKind.TotalMismatch);
        Assert.Contains("saw 110 records but paging.total announced 120", warning.Message, StringComparison.Ordinal);
        Assert.Equal(110, batches.Ids().Count);
    }

    [Fact]
    public async Task Pages_are_fetched_concurrently_but_at_most_MaxConcurrency_at_once_and_yielded_in_page_order()
    {
        var tenant = new FakeOrderTenant { OrderCount = 2_000 };
        var handler = new StubHttpMessageHandler(async (request, token) =>
        {
            await Task.Delay(Random.Shared.Next(5, 25), token);
            return tenant.Respond(request);
        });

        var (batches, _) = await TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true }).ReadAllAsync();

        Assert.InRange(handler.MaxConcurrentRequests, 2, 4);
        Assert.Equal(Enumerable.Range(1, 40), batches.Select(b => b.Page));
    }

    [Fact]
    public async Task MaxConcurrency_one_reads_pages_one_at_a_time()
    {
        var tenant = new FakeOrderTenant { OrderCount = 500 };
        var handler = new StubHttpMessageHandler(async (request, token) =>
        {
            await Task.Delay(5, token);
            return tenant.Respond(request);
        });
        var options = TestClient.Options() with { MaxConcurrency = 1 };

        await TestClient.Create(handler, options).StreamOrders(new OrderQuery { FullScan = true }).ReadAllAsync();

        Assert.Equal(1, handler.MaxConcurrentRequests);
    }

    [Fact]
    public async Task A_listing_of_many_pages_is_read_to_the_last_page()
    {
        var handler = new StubHttpMessageHandler(request =>
        {
            var page = int.Parse(request.Query("page")!, System.Globalization.CultureInfo.InvariantCulture);
            var ids = Enumerable.Range(((page - 1) * 10) + 1, page == 23 ? 1 : 10);
            return StubResponse.Json(Some.Page(ids.Select(id => Some.Invariant($$"""{"id":{{id}},"name":"Event {{id}}","city":{"id":1,"name":"Москва","timezone":"Europe/Moscow"},"shows":[]}""")), 10, page, 221));
        });

        var events = await TestClient.Create(handler).GetEventsAsync(CancellationToken.None);

        Assert.Equal(221, events.Items.Count);
        Assert.Equal(23, events.PagesFetched);
        Assert.Equal(221, events.ReportedTotal);
        Assert.Empty(events.Warnings);
        Assert.Equal(Enumerable.Range(1, 221).Select(id => (long)id), events.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task A_listing_page_repeating_the_previous_one_ends_with_a_warning()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Some.Page(["""{"id":1}""", """{"id":2}"""], 2, 1, 10)));

        var clients = await TestClient.Create(handler).GetClientsAsync(CancellationToken.None);

        Assert.Equal(2, clients.Items.Count);
        Assert.Equal(FetchWarningKind.RepeatedPage, Assert.Single(clients.Warnings).Kind);
    }

    private static Task<(List<OrderBatch> Batches, OrderFetchSummary Summary)> FullScan(StubHttpMessageHandler handler) =>
        TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true, PaidOnly = false }).ReadAllAsync();

    /// <summary>A tenant ignoring the query: the page comes from the query string only.</summary>
    private static StubHttpMessageHandler PlainPages(Func<int, string> page) =>
        new(request => StubResponse.Json(page(int.Parse(request.Query("page")!, System.Globalization.CultureInfo.InvariantCulture))));

    private static IEnumerable<string> Orders(int firstId, int count) =>
        Enumerable.Range(firstId, count).Select(id => Some.Order(id));
}
