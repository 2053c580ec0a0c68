using Qtickets.Api.Errors;
using Qtickets.Api.Orders;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Paging;

/// <summary>
/// Every walk reconciles with <c>paging.total</c>: one cut short fails (after the pages before the cut were handed
/// on), one finding more records than announced reads on to the first empty page and warns.
/// </summary>
public sealed class WalkReconciliationTests
{
    [Fact]
    public async Task An_empty_page_before_the_last_fails_the_walk_with_what_was_read()
    {
        var handler = PlainPages(page => page switch
        {
            1 => Some.Page(Orders(1, 50), 50, 1, 200),
            2 => Some.Page([], 50, 2, 200),
            _ => Some.Page(Orders(((page - 1) * 50) + 1, 50), 50, page, 200),
        });

        var (batches, failure) = await FullScanFailing(handler);

        Assert.Equal("orders: read 50 of 200 orders; the walk stopped at page 2: page 2 of 4 is empty", failure.Message);
        Assert.Equal((50L, 200L, 2), (failure.RecordsRead, failure.RecordsExpected!.Value, failure.Page));
        Assert.Equal([1], batches.Select(b => b.Page));
    }

    [Fact]
    public async Task A_total_far_beyond_the_pages_that_answer_fails_the_walk()
    {
        var handler = PlainPages(page => page == 1 ? Some.Page(Orders(1, 50), 50, 1, 123_217) : Some.Page([], 50, page, 123_217));

        var (_, failure) = await FullScanFailing(handler);

        Assert.StartsWith("orders: read 50 of 123217 orders; the walk stopped at page 2: page 2 of 2465 is empty", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_repeating_the_previous_one_fails_the_walk()
    {
        var handler = PlainPages(page => Some.Page(Orders(1, 50), 50, page, 500));

        var (batches, failure) = await FullScanFailing(handler);

        Assert.Contains("page 2 repeats page 1", failure.Message, StringComparison.Ordinal);
        Assert.Equal([1], batches.Select(b => b.Page));
        // Page 1, then at most the window of 4 pages in flight and the one refilled when page 2 arrived; not all 10.
        Assert.InRange(handler.Requests.Count, 2, 6);
    }

    [Theory]
    [InlineData("""{"data":{"51":{"id":51}},"paging":{"perPage":50,"currentPage":2,"total":150}}""", "'data' is an object, not a list")]
    [InlineData("""{"data":[],"paging":"none"}""", "'paging' is \"none\", not an object")]
    [InlineData("""{"data":[{"id":51}]}""", "'paging' is missing or has no usable total and perPage")]
    public async Task A_page_that_is_not_a_page_of_records_fails_the_walk(string second, string problem)
    {
        var handler = PlainPages(page => page == 1 ? Some.Page(Orders(1, 50), 50, 1, 150) : second);

        var (_, failure) = await FullScanFailing(handler);

        Assert.Equal($"orders: read 50 of 150 orders; the walk stopped at page 2: {problem}", failure.Message);
    }

    [Fact]
    public async Task A_last_page_ending_before_the_total_fails_the_walk()
    {
        var handler = PlainPages(page => page switch
        {
            1 => Some.Page(Orders(1, 50), 50, 1, 120),
            2 => Some.Page(Orders(51, 50), 50, 2, 120),
            _ => Some.Page(Orders(101, 10), 50, 3, 120),
        });

        var (batches, failure) = await FullScanFailing(handler);

        Assert.Equal("orders: read 110 of 120 orders; the walk stopped at page 3: the last page ended after 110 records of the 120 announced", failure.Message);
        Assert.Equal(110, batches.Ids().Count);
    }

    [Fact]
    public async Task A_total_that_under_reports_is_read_past_to_the_first_empty_page_with_a_warning()
    {
        var tenant = new FakeOrderTenant { OrderCount = 250, ReportedTotal = 100 };

        var (batches, summary) = await TestClient.Create(tenant.Handler()).StreamOrders(new OrderQuery { FullScan = true, PaidOnly = false }).ReadAllAsync();

        Assert.Equal(Enumerable.Range(1, 250).Select(id => (long)id), batches.Ids());
        Assert.Contains(summary.Warnings, w => w.Kind == FetchWarningKind.TotalMismatch && w.Message.Contains("announced 100 but 250 records were read", StringComparison.Ordinal));
        Assert.True(summary.Completed);
    }

    [Fact]
    public async Task An_incremental_walk_reads_the_newest_orders_a_lying_total_hides()
    {
        var tenant = new FakeOrderTenant { OrderCount = 250, ReportedTotal = 100 };
        var from = tenant.CreatedAt(200);

        var (batches, summary) = await TestClient.Create(tenant.Handler()).StreamOrders(new OrderQuery { From = from, PaidOnly = false, MaxReservation = TimeSpan.Zero }).ReadAllAsync();

        Assert.Equal(tenant.Matching(from, null, paidOnly: false), batches.Ids().Order());
        Assert.Contains(summary.Warnings, w => w.Kind == FetchWarningKind.TotalMismatch);
    }

    [Fact]
    public async Task A_total_that_grew_during_the_walk_is_no_problem()
    {
        var handler = PlainPages(page => page switch
        {
            1 => Some.Page(Orders(1, 50), 50, 1, 100),
            2 => Some.Page(Orders(51, 50), 50, 2, 103),
            3 => Some.Page(Orders(101, 3), 50, 3, 103),
            _ => Some.Page([], 50, page, 103),
        });

        var (batches, summary) = await FullScan(handler);

        Assert.Equal(103, batches.Ids().Count);
        Assert.DoesNotContain(summary.Warnings, w => w.Kind == FetchWarningKind.TotalMismatch);
        Assert.True(summary.Completed);
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
    public async Task A_listing_page_repeating_the_previous_one_fails_the_listing()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Some.Page(["""{"id":1}""", """{"id":2}"""], 2, 1, 10)));

        var failure = await Assert.ThrowsAsync<QticketsWalkIncompleteException>(() => TestClient.Create(handler).GetClientsAsync(CancellationToken.None));

        Assert.Equal("clients: read 2 of 10 clients; the walk stopped at page 2: page 2 repeats page 1", failure.Message);
    }

    [Fact]
    public async Task A_listing_that_is_a_bare_list_is_the_whole_listing()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""[{"id":1,"color":"#fff"},{"id":2,"color":"#000"}]"""));

        var shades = await TestClient.Create(handler).GetPriceShadesAsync(CancellationToken.None);

        Assert.Equal(2, shades.Items.Count);
        Assert.Single(handler.Requests);
    }

    /// <summary>Reads a full scan that must fail: the batches handed on before the failure, and the failure.</summary>
    private static async Task<(List<OrderBatch> Batches, QticketsWalkIncompleteException Failure)> FullScanFailing(StubHttpMessageHandler handler)
    {
        var batches = new List<OrderBatch>();
        var stream = TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true, PaidOnly = false });
        var failure = await Assert.ThrowsAsync<QticketsWalkIncompleteException>(async () =>
        {
            await foreach (var batch in stream)
            {
                batches.Add(batch);
            }
        });
        Assert.False(stream.Summary.Completed);
        return (batches, failure);
    }

    private static Task<(List<OrderBatch> Batches, OrderFetchSummary Summary)> FullScan(StubHttpMessageHandler handler) =>
        TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true, PaidOnly = false }).ReadAllAsync();

    /// <summary>A tenant ignoring the query: the page comes from the query string only.</summary>
    private static StubHttpMessageHandler PlainPages(Func<int, string> page) =>
        new(request => StubResponse.Json(page(int.Parse(request.Query("page")!, System.Globalization.CultureInfo.InvariantCulture))));

    private static IEnumerable<string> Orders(int firstId, int count) =>
        Enumerable.Range(firstId, count).Select(id => Some.Order(id));
}
