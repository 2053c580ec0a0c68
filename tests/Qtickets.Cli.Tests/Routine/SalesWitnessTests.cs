using Qtickets.Cli.Routine.Sales;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Cli.Tests.Routine;

public sealed class SalesWitnessTests
{
    private const string Events = """
        {"data":[{"id":1,"city":{"id":7,"name":"Москва"}},{"id":2,"city":{"id":8,"name":" Kazan "}}],
         "paging":{"perPage":10,"currentPage":1,"total":2}}
        """;

    // 101: one basket counts (another deleted, another refunded); paid at 22:30 UTC, which is the next day in Moscow.
    // 102: cancelled. 103: not paid.
    private const string OrdersPage1 = """
        {"data":[
          {"id":101,"payed":true,"payed_at":"2025-11-02T22:30:00+00:00","updated_at":"2025-11-02T22:30:00+00:00","deleted_at":null,"event_id":1,
           "baskets":[{"id":11,"price":1000,"quantity":1},{"id":12,"price":500,"deleted_at":"2025-11-03T10:00:00+03:00"},{"id":13,"price":700,"refunded_at":"2025-11-03T11:00:00+03:00"}]},
          {"id":102,"payed":true,"payed_at":"2025-11-03T09:00:00+03:00","deleted_at":"2025-11-03T09:30:00+03:00","event_id":1,"baskets":[{"id":21,"price":900}]},
          {"id":103,"payed":false,"payed_at":null,"deleted_at":null,"event_id":1,"baskets":[{"id":31,"price":900}]}],
         "paging":{"perPage":3,"currentPage":1,"total":6}}
        """;

    // 104: payed as 1, event id and price as text, two tickets in one basket, a basket refunded by amount only.
    // 105: paid without payed_at (its updated_at is the day), event unknown: no city. 106: every basket refunded.
    private const string OrdersPage2 = """
        {"data":[
          {"id":104,"payed":1,"payed_at":"2025-11-03T10:00:00+03:00","deleted_at":null,"event_id":"2",
           "baskets":[{"id":41,"price":"300.50","quantity":2},{"id":42,"price":200,"refunded_amount":200}]},
          {"id":105,"payed":true,"payed_at":null,"updated_at":"2025-11-04T12:00:00+03:00","deleted_at":null,"event_id":99,"baskets":[{"id":51,"price":100}]},
          {"id":106,"payed":true,"payed_at":"2025-11-05T12:00:00+03:00","deleted_at":null,"event_id":1,
           "baskets":[{"id":61,"price":100,"refunded_at":"2025-11-05T13:00:00+03:00"}]}],
         "paging":{"perPage":3,"currentPage":2,"total":6}}
        """;

    // 201: a sale in dollars. 202: a price the data contract rejects (the loader writes nothing of it). 203: baskets
    // that are not a list (rejected too). 204: a sale in roubles, its currency written in lower case.
    private const string OtherTenantOrders = """
        {"data":[
          {"id":201,"payed":1,"payed_at":"2025-11-03T10:00:00+03:00","event_id":1,"currency_id":"USD","baskets":[{"id":1,"price":"20.00","quantity":1}]},
          {"id":202,"payed":1,"payed_at":"2025-11-03T10:00:00+03:00","event_id":1,"currency_id":"RUB","baskets":[{"id":2,"price":"-5000","quantity":1}]},
          {"id":203,"payed":1,"payed_at":"2025-11-03T10:00:00+03:00","event_id":1,"baskets":"oops"},
          {"id":204,"payed":1,"payed_at":"2025-11-03T10:00:00+03:00","event_id":1,"currency_id":"rub","baskets":[{"id":4,"price":"700","quantity":1}]}],
         "paging":{"perPage":4,"currentPage":1,"total":4}}
        """;

    [Fact]
    public async Task Sales_are_counted_by_the_rules_of_the_data_contract_per_Moscow_day_and_city()
    {
        var tally = (await CountAsync(new StubHttpMessageHandler(Answer))).InDailyFacts;

        Assert.Equal(
            new Dictionary<SalesKey, SalesFigures>
            {
                [new(new DateOnly(2025, 11, 3), "москва")] = new(1, 1, 1000m),
                [new(new DateOnly(2025, 11, 3), "kazan")] = new(1, 2, 300.50m),
                [new(new DateOnly(2025, 11, 4), string.Empty)] = new(1, 1, 100m),
            },
            tally.ByDayAndCity);
        Assert.True(new SalesFigures(3, 4, 1400.50m).SameAs(tally.Total));
    }

    [Fact]
    public async Task A_sale_in_another_currency_is_expected_in_staging_and_not_in_the_daily_facts()
    {
        var counted = await CountAsync(new StubHttpMessageHandler(OtherTenant));

        var day = new SalesKey(new DateOnly(2025, 11, 3), "москва");
        Assert.True(new SalesFigures(2, 2, 720m).SameAs(counted.Staged.ByDayAndCity[day]), counted.Staged.Total.ToString());
        Assert.True(new SalesFigures(1, 1, 700m).SameAs(counted.InDailyFacts.ByDayAndCity[day]), counted.InDailyFacts.Total.ToString());
    }

    [Fact]
    public async Task Records_outside_the_data_contract_are_expected_nowhere_and_counted_as_rejected()
    {
        using var http = Client(new StubHttpMessageHandler(OtherTenant));
        var witness = new SalesWitness(http, TimeProvider.System);

        var counted = await witness.CountAsync(CancellationToken.None);

        Assert.Equal(2, witness.OrdersRejected);
        Assert.Equal(1, witness.SalesInOtherCurrencies);
        Assert.Equal(4, witness.OrdersListed);
        Assert.Equal(2, counted.Staged.Total.Orders);
    }

    [Fact]
    public async Task Event_records_without_a_readable_id_are_skipped_as_the_loader_skips_them()
    {
        const string hostileEvents = """
            {"data":[{"city":{"name":"Тверь"}},{"id":"x7","city":{"name":"Тула"}},[],{"id":1,"city":{"id":7,"name":"Москва"}}],
             "paging":{"perPage":10,"currentPage":1,"total":4}}
            """;
        var handler = new StubHttpMessageHandler(request => request.Uri.PathAndQuery == "/api/rest/v1/events?page=1"
            ? StubResponse.Json(hostileEvents)
            : OtherTenant(request));

        var counted = await CountAsync(handler);

        Assert.True(new SalesFigures(1, 1, 700m).SameAs(counted.InDailyFacts.ByDayAndCity[new SalesKey(new DateOnly(2025, 11, 3), "москва")]));
    }

    [Fact]
    public async Task Every_plain_page_is_read_and_nothing_but_the_page_is_asked()
    {
        var handler = new StubHttpMessageHandler(Answer);

        await CountAsync(handler);

        Assert.Equal(["/api/rest/v1/events?page=1", "/api/rest/v1/orders?page=1", "/api/rest/v1/orders?page=2"],
            handler.Requests.Select(r => r.Uri.PathAndQuery).Order(StringComparer.Ordinal));
        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
    }

    [Fact]
    public async Task A_failing_page_is_retried_and_then_counted()
    {
        var handler = new StubHttpMessageHandler(Answer)
            .Enqueue(() => StubResponse.Status(System.Net.HttpStatusCode.ServiceUnavailable));

        var counted = await CountAsync(handler);

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(3, counted.InDailyFacts.Total.Orders);
    }

    [Fact]
    public void Stored_sales_that_differ_from_the_count_are_named_by_day_and_city()
    {
        var counted = new SalesTally();
        counted.Add(new SalesKey(new DateOnly(2025, 11, 3), "kazan"), new SalesFigures(1, 2, 300.50m));
        counted.Add(new SalesKey(new DateOnly(2025, 11, 4), "москва"), new SalesFigures(1, 1, 100m));
        var stored = new SalesTally();
        stored.Add(new SalesKey(new DateOnly(2025, 11, 3), "kazan"), new SalesFigures(1, 2, 300.504m));
        stored.Add(new SalesKey(new DateOnly(2025, 11, 4), "москва"), new SalesFigures(1, 1, 99m));
        stored.Add(new SalesKey(new DateOnly(2025, 11, 5), "москва"), SalesFigures.Zero);

        Assert.Equal([new SalesKey(new DateOnly(2025, 11, 4), "москва")], stored.KeysDifferingFrom(counted));
    }

    private static HttpClient Client(StubHttpMessageHandler handler) => new(handler) { BaseAddress = new Uri("http://127.0.0.1:9/api/rest/v1/") };

    private static async Task<CountedSales> CountAsync(StubHttpMessageHandler handler)
    {
        using var http = Client(handler);
        return await new SalesWitness(http, TimeProvider.System).CountAsync(CancellationToken.None);
    }

    private static HttpResponseMessage OtherTenant(RecordedRequest request) => request.Uri.PathAndQuery switch
    {
        "/api/rest/v1/events?page=1" => StubResponse.Json(Events),
        "/api/rest/v1/orders?page=1" => StubResponse.Json(OtherTenantOrders),
        _ => StubResponse.Status(System.Net.HttpStatusCode.NotFound),
    };

    private static HttpResponseMessage Answer(RecordedRequest request) => request.Uri.PathAndQuery switch
    {
        "/api/rest/v1/events?page=1" => StubResponse.Json(Events),
        "/api/rest/v1/orders?page=1" => StubResponse.Json(OrdersPage1),
        "/api/rest/v1/orders?page=2" => StubResponse.Json(OrdersPage2),
        _ => StubResponse.Status(System.Net.HttpStatusCode.NotFound),
    };
}
