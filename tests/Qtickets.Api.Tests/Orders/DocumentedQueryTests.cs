using System.Text.Json;
using Qtickets.Api.Orders;
using Qtickets.Api.Tests.Support;

namespace Qtickets.Api.Tests.Orders;

public sealed class DocumentedQueryTests
{
    private static readonly DateTimeOffset From = new(2025, 11, 2, 21, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2025, 11, 3, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Category", "OperatorRoutine")]
    public async Task The_GET_for_orders_carries_the_paid_filter_the_window_with_Moscow_offsets_the_sort_and_the_page_size_in_its_JSON_body()
    {
        var tenant = new FakeOrderTenant { OrderCount = 10, HonoursWhere = true, HonoursOrderBy = true, HonoursPerPage = true };
        var handler = tenant.Handler();

        await TestClient.Create(handler).StreamOrders(new OrderQuery { From = From, To = To }).ReadAllAsync();

        var request = handler.Requests[0];
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/api/rest/v1/orders", request.Uri.AbsolutePath);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        using var body = JsonDocument.Parse(request.Body!);
        var where = body.RootElement.GetProperty("where").EnumerateArray().ToList();
        Assert.Equal(3, where.Count);
        Assert.Equal("""{"column":"payed","value":1}""", where[0].GetRawText());
        Assert.Equal("""{"column":"updated_at","operator":">=","value":"2025-11-03T00:00:00+03:00"}""", where[1].GetRawText());
        Assert.Equal("""{"column":"updated_at","operator":"<","value":"2025-11-03T12:30:00+03:00"}""", where[2].GetRawText());
        Assert.Equal("asc", body.RootElement.GetProperty("orderBy").GetProperty("id").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(200, body.RootElement.GetProperty("per_page").GetInt32());
    }

    [Fact]
    public async Task A_full_scan_asks_for_paid_orders_without_a_window()
    {
        var tenant = new FakeOrderTenant { OrderCount = 10, HonoursWhere = true, HonoursOrderBy = true, HonoursPerPage = true };
        var handler = tenant.Handler();

        await TestClient.Create(handler).StreamOrders(new OrderQuery { From = From, FullScan = true }).ReadAllAsync();

        using var body = JsonDocument.Parse(handler.Requests[0].Body!);
        var where = Assert.Single(body.RootElement.GetProperty("where").EnumerateArray());
        Assert.Equal("payed", where.GetProperty("column").GetString());
    }

    [Fact]
    [Trait("Category", "OperatorRoutine")]
    public async Task A_server_honouring_the_query_is_read_by_GET_alone_in_filtered_mode_and_gives_exactly_the_matching_orders()
    {
        var tenant = new FakeOrderTenant { OrderCount = 500, HonoursWhere = true, HonoursOrderBy = true, HonoursPerPage = true };
        var from = tenant.LastCreated.AddHours(-10);
        var handler = tenant.Handler();

        var (batches, summary) = await TestClient.Create(handler).StreamOrders(new OrderQuery { From = from }).ReadAllAsync();

        Assert.Equal(tenant.Matching(from, null), batches.Ids());
        Assert.Equal(OrderFetchMode.Filtered, summary.Mode);
        Assert.Empty(summary.Warnings);
        Assert.True(summary.Completed);
        Assert.Equal(tenant.Matching(from, null).Count, summary.ReportedTotal);
        Assert.Equal(handler.Requests.Count, summary.PagesFetched);
        Assert.All(handler.Requests, request => Assert.NotNull(request.Body));
        Assert.All(handler.Requests, request => Assert.Equal(HttpMethod.Get, request.Method));
        Assert.False(summary.PostFallbackUsed);
    }

    [Fact]
    public async Task Datetimes_are_written_the_same_under_another_culture()
    {
        var tenant = new FakeOrderTenant { OrderCount = 3, HonoursWhere = true, HonoursOrderBy = true, HonoursPerPage = true };
        var handler = tenant.Handler();
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            await TestClient.Create(handler).StreamOrders(new OrderQuery { From = From, To = To }).ReadAllAsync();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.Contains("\"value\":\"2025-11-03T00:00:00+03:00\"", handler.Requests[0].Body, StringComparison.Ordinal);
        Assert.Equal("page=1&per_page=200", handler.Requests[0].Uri.Query.TrimStart('?'));
    }

    [Fact]
    public void A_window_ending_before_it_starts_is_refused()
    {
        var client = TestClient.Create(new FakeOrderTenant { OrderCount = 1 }.Handler());

        var error = Assert.Throws<ArgumentException>(() => client.StreamOrders(new OrderQuery { From = To, To = From }));

        Assert.Contains("To", error.Message, StringComparison.Ordinal);
    }
}
