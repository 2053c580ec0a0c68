using System.Text;
using System.Text.Json;
using Qtickets.Api.Models;
using Qtickets.Api.Orders;
using Qtickets.Api.Parsing;
using Qtickets.Api.Tests.Integration;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Parsing;

/// <summary>
/// The one order reader: tolerant of the API's real shapes (PHP <c>[]</c> objects, numbers as strings, <c>+03:00</c>
/// dates) and strict where the data contract rejects a record.
/// </summary>
public sealed class OrderReaderTests
{
    private static readonly TimeSpan Moscow = TimeSpan.FromHours(3);
    private static readonly DateTimeOffset ReadAt = new(2026, 11, 30, 12, 0, 0, Moscow);

    [Fact]
    public void PHP_empty_arrays_stand_for_absent_objects()
    {
        var order = Read("""{"id":1,"utm":[],"site":[],"client":[],"refunds":[],"baskets":[]}""");

        Assert.Same(Utm.Empty, order.Utm);
        Assert.Null(order.Client);
        Assert.Equal(0, order.RefundEntries);
        Assert.Empty(order.Baskets);
    }

    [Fact]
    public void Filled_objects_are_read_with_any_subset_of_members()
    {
        var order = Read("""{"id":1,"utm":{"utm_source":"vk","utm_content":"msk_03_11"},"client":{"id":235,"email":"a@b.ru","details":{"name":"Иван","surname":"Петров","phone":"+79100000000"}}}""");

        Assert.Equal(new Utm("vk", null, null, "msk_03_11", null), order.Utm);
        Assert.Equal("a@b.ru", order.Client!.Email);
        Assert.Equal(new ClientDetails("Иван", "Петров", null, "+79100000000"), order.Client.Details);
    }

    [Fact]
    public void Numbers_written_as_strings_are_numbers()
    {
        var order = Read("""{"id":"12","event_id":"7","price":"1500.00","baskets":[{"id":"120","show_id":"70","price":"1500.50","quantity":"2","refunded_amount":"0"}]}""");

        Assert.Equal(12, order.Id);
        Assert.Equal(7, order.EventId);
        var basket = Assert.Single(order.Baskets);
        Assert.Equal((120L, 70L, 1500.50m, 2, 0m), (basket.Id, basket.ShowId!.Value, basket.Price, basket.Quantity, basket.RefundedAmount!.Value));
    }

    [Theory]
    [InlineData("1500", 1500)]
    [InlineData("1.5e3", 1500)]
    [InlineData("\"1500.5\"", 1500.5)]
    [InlineData("\" 0 \"", 0)]
    [InlineData("0", 0)]
    public void A_basket_price_is_any_finite_non_negative_number(string json, double expected)
    {
        var order = Read($$"""{"id":1,"baskets":[{"id":10,"price":{{json}}}]}""");

        Assert.Equal((decimal)expected, order.Baskets[0].Price);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"true\"", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("\"0\"", false)]
    [InlineData("null", false)]
    public void Booleans_come_in_every_PHP_spelling(string json, bool expected)
    {
        Assert.Equal(expected, Read($$"""{"id":1,"payed":{{json}}}""").Payed);
    }

    [Fact]
    public void Timestamps_keep_their_offsets()
    {
        var order = Read("""{"id":1,"created_at":"2025-11-03T09:00:00Z","updated_at":"2025-11-03 12:00:00+03:00","payed_at":"2025-11-03T14:00:00.250+05:00","deleted_at":"","reserved_to":"0000-00-00 00:00:00"}""");

        Assert.Equal(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero), order.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 12, 0, 0, Moscow), order.UpdatedAt);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 14, 0, 0, 250, TimeSpan.FromHours(5)), order.PayedAt);
        Assert.Null(order.DeletedAt);
    }

    [Fact]
    public void Missing_and_unknown_members_do_no_harm()
    {
        var order = Read("""{"id":5,"custom":"text","fields":[],"integrations":{"x":1},"brand_new_member":{"deep":[1,2,{"id":9}]},"utm":{"utm_source":{"nested":1}},"currency_id":["RUB"]}""");

        Assert.Equal(5, order.Id);
        Assert.False(order.Payed);
        Assert.Null(order.UpdatedAt);
        Assert.Same(Utm.Empty, order.Utm);
        Assert.Null(order.CurrencyId);
    }

    [Fact]
    public void A_missing_quantity_is_one_ticket_and_order_level_refunds_are_counted()
    {
        var order = Read("""{"id":5,"currency_id":" usd ","refunds":[{"id":1,"amount":"100"}],"baskets":[{"id":50,"price":100}]}""");

        Assert.Equal(1, order.Baskets[0].Quantity);
        Assert.Equal(1, order.RefundEntries);
        Assert.Equal("USD", order.CurrencyId);
    }

    public static TheoryData<string, string, string> Hostile() => new()
    {
        { """{"id":3,"price":-5000}""", "price is not a finite non-negative number", "price -5000" },
        { """{"id":3,"baskets":[{"id":30,"price":-5000}]}""", "price is not a finite non-negative number", "basket 30: price -5000" },
        { """{"id":3,"baskets":[{"id":30,"price":"abc"}]}""", "price is not a finite non-negative number", "basket 30: price \"abc\"" },
        { """{"id":3,"baskets":[{"id":30,"price":"1500,50"}]}""", "price is not a finite non-negative number", "basket 30: price \"1500,50\"" },
        { """{"id":3,"baskets":[{"id":30,"price":"NaN"}]}""", "price is not a finite non-negative number", "basket 30: price \"NaN\"" },
        { """{"id":3,"baskets":[{"id":30,"price":1e30}]}""", "price is not a finite non-negative number", "basket 30: price 1e30" },
        { """{"id":3,"baskets":[{"id":30,"price":{"amount":1}}]}""", "price is not a finite non-negative number", "basket 30: price an object" },
        { """{"id":3,"baskets":[{"id":30}]}""", "basket price missing", "basket 30: price missing" },
        { """{"id":3,"baskets":[{"id":30,"price":1,"refunded_amount":"-1"}]}""", "refunded_amount is not a finite non-negative number", "basket 30: refunded_amount -1" },
        { """{"id":3,"baskets":[{"id":30,"price":1,"quantity":"two"}]}""", "quantity is not a whole number in 1..10000", "basket 30: quantity \"two\"" },
        { """{"id":3,"baskets":[{"id":30,"price":1,"quantity":2.5}]}""", "quantity is not a whole number in 1..10000", "basket 30: quantity 2.5" },
        { """{"id":3,"baskets":[{"id":30,"price":1,"quantity":3000000000}]}""", "quantity is not a whole number in 1..10000", "basket 30: quantity 3000000000" },
        { """{"id":3,"baskets":[{"id":30,"price":1,"quantity":0}]}""", "quantity is not a whole number in 1..10000", "basket 30: quantity 0" },
        { """{"id":3,"payed_at":"03.10.2026 12:00:00"}""", "payed_at is not ISO 8601 with an offset", "payed_at \"03.10.2026 12:00:00\"" },
        { """{"id":3,"payed_at":"2025-11-03 12:00:00"}""", "payed_at is not ISO 8601 with an offset", "payed_at \"2025-11-03 12:00:00\"" },
        { """{"id":3,"updated_at":1762160400}""", "updated_at is not ISO 8601 with an offset", "updated_at 1762160400" },
        { """{"id":3,"created_at":"1900-01-01T00:00:00+03:00"}""", "created_at lies outside 2000-01-01 .. now + 1 day", "created_at 1900-01-01T00:00:00+03:00" },
        { """{"id":3,"payed_at":"2150-01-01T00:00:00+03:00"}""", "payed_at lies outside 2000-01-01 .. now + 1 day", "payed_at 2150-01-01T00:00:00+03:00" },
        { """{"id":3,"baskets":[{"id":30,"price":1,"updated_at":"2099-01-01T00:00:00+03:00"}]}""", "updated_at lies outside 2000-01-01 .. now + 1 day", "basket 30: updated_at 2099-01-01T00:00:00+03:00" },
        { """{"id":3,"baskets":"oops"}""", "baskets is not a list of objects", "baskets: \"oops\", not a list" },
        { """{"id":3,"baskets":[{"id":30,"price":1},5]}""", "baskets is not a list of objects", "baskets: item #2 is 5, not an object" },
        { """{"id":3,"payed":"maybe"}""", "payed is not a boolean", "payed \"maybe\"" },
        { """{"id":3,"event_id":"seven"}""", "event_id is not a whole number", "event_id \"seven\"" },
        { """{"id":3,"event_id":"\u001b[2Jseven"}""", "event_id is not a whole number", "event_id \"\\x1B[2Jseven\"" },
        { """{"uniqid":"no id"}""", "id missing or not a whole number", "id missing" },
        { """{"id":"abc"}""", "id missing or not a whole number", "id \"abc\"" },
        { """{"id":12.5}""", "id missing or not a whole number", "id 12.5" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_record_outside_the_contract_is_rejected_with_the_reason(string json, string reason, string detail)
    {
        var result = OrderJsonReader.Read(Encoding.UTF8.GetBytes(json), ReadAt);

        Assert.Null(result.Order);
        Assert.Equal(reason, result.Rejected!.Reason);
        Assert.Equal(detail, result.Rejected.Detail);
    }

    [Fact]
    public void A_huge_value_is_shown_cut_short_in_the_rejection()
    {
        var json = "{\"id\":3,\"baskets\":[{\"id\":30,\"price\":\"" + new string('9', 2_000_000) + "x\"}]}";

        var rejected = OrderJsonReader.Read(Encoding.UTF8.GetBytes(json), ReadAt).Rejected!;

        Assert.InRange(rejected.Detail!.Length, 10, 80);
        Assert.Equal("3", rejected.RecordId);
    }

    [Fact]
    public void A_page_keeps_its_good_orders_and_rejects_the_others_by_id()
    {
        var page = OrderPageReader.Read(Bytes(Page(Some.Order(1), """{"id":2,"baskets":[{"id":20,"price":-1}]}""", "7", Some.Order(3))), 1, ReadAt);

        Assert.Equal([1L, 3L], page.Items.Select(o => o.Id));
        Assert.Equal(["2", null], page.Skipped.Select(s => s.RecordId));
        Assert.Equal("record is not an object", page.Skipped[1].Reason);
        Assert.Equal(["1", "2", null, "3"], page.RecordIds);
        Assert.Null(page.ShapeProblem);
        Assert.Equal(ReadAt, page.FetchedAt);
    }

    [Fact]
    public void The_same_order_twice_on_a_page_keeps_the_copy_with_the_later_timestamps()
    {
        var newer = Some.Order(5, updatedAt: Some.Moment.AddHours(2));
        var older = Some.Order(5, updatedAt: Some.Moment);

        var page = OrderPageReader.Read(Bytes(Page(newer, older)), 1, ReadAt);

        var order = Assert.Single(page.Items);
        Assert.Equal(Some.Moment.AddHours(2), order.UpdatedAt);
        Assert.Contains("order 5 appears twice on page 1", Assert.Single(page.Notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"data":{"a":{"id":1}},"paging":{"perPage":50,"currentPage":1,"total":1}}""", "'data' is an object, not a list")]
    [InlineData("""{"data":"nothing","paging":{"perPage":50,"currentPage":1,"total":1}}""", "'data' is \"nothing\", not a list")]
    [InlineData("""{"items":[{"id":1}],"paging":{"perPage":50,"currentPage":1,"total":1}}""", "no 'data' list")]
    [InlineData("""{"data":[],"paging":[]}""", "'paging' is a list, not an object")]
    [InlineData("""[{"id":1}]""", "the answer is not a JSON object")]
    public void A_page_of_the_wrong_shape_says_so(string json, string problem)
    {
        Assert.Equal(problem, OrderPageReader.Read(Bytes(json), 1, ReadAt).ShapeProblem);
    }

    [Theory]
    [InlineData("""{"paging":{"per_page":"50","current_page":2,"total":"120"},"data":[]}""", 50, 2, 120L)]
    [InlineData("""{"data":[],"paging":{"perPage":50,"currentPage":1,"total":"x"}}""", 50, 1, null)]
    public void Paging_is_read_in_both_spellings(string json, int perPage, int currentPage, long? total)
    {
        Assert.Equal(new PageInfo(perPage, currentPage, total), OrderPageReader.Read(Bytes(json), 1, ReadAt).Paging);
    }

    [Theory]
    [InlineData("""{"data":[{"id":1}""")]
    [InlineData("""{"data":[{"id":1}]} trailing""")]
    [InlineData("""{"data":[{"id":1,"unknown":[1,}]}""")]
    [InlineData("""{"data":[{"id":1,"baskets":{"1":{"id":}}}]}""")]
    public void Invalid_JSON_throws_so_the_answer_is_retried(string json)
    {
        Assert.ThrowsAny<JsonException>(() => OrderPageReader.Read(Bytes(json), 1, ReadAt));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ru-RU")]
    public async Task Reading_is_invariant_under_a_culture_with_a_decimal_comma(string culture)
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Page("""{"id":9,"price":"1500.50","updated_at":"2025-11-03T12:00:00+03:00","baskets":[{"id":90,"price":"1500.50"}]}""")));

        var (batches, _) = await Cultures.WithAsync(culture, () => TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true, PaidOnly = false }).ReadAllAsync());

        var order = Assert.Single(batches.SelectMany(b => b.Orders));
        Assert.Equal(1500.50m, order.Baskets[0].Price);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 12, 0, 0, Moscow), order.UpdatedAt);
    }

    [Fact]
    public async Task Rejected_records_are_counted_by_reason_and_named_in_the_fetch_summary()
    {
        var records = new[] { Some.Order(1), """{"uniqid":"no-id"}""", Some.Order(2), """{"id":"x"}""", """{"id":3,"baskets":[{"id":30,"price":"abc"}]}""" };
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Some.Page(records, 50, 1, 5)));

        var (batches, summary) = await TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true }).ReadAllAsync();

        Assert.Equal([1L, 2L], batches.Ids());
        Assert.Equal(3, summary.RecordsSkipped);
        Assert.Equal(2, summary.SkippedByReason["id missing or not a whole number"]);
        Assert.Equal(1, summary.SkippedByReason["price is not a finite non-negative number"]);
        Assert.Equal("order 3: price is not a finite non-negative number (basket 30: price \"abc\")", summary.RejectedFirst[2].Describe());
        Assert.Equal(5, summary.RecordsSeen);
    }

    [Fact]
    public async Task Every_simulator_order_is_inside_the_contract()
    {
        await using var simulator = await Simulators.StartAsync(options => options with { Orders = 1_200 });
        using var http = new HttpClient();
        for (var number = 1; number <= 3; number++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(simulator.RestBaseUri, $"orders?page={number}&per_page=500"));
            request.Headers.Authorization = new("Bearer", simulator.Token);
            using var response = await http.SendAsync(request);
            var page = OrderPageReader.Read(await response.Content.ReadAsByteArrayAsync(), number, DateTimeOffset.UtcNow);

            Assert.Null(page.ShapeProblem);
            Assert.Empty(page.Skipped);
            Assert.Equal(page.RecordCount, page.Items.Count);
        }
    }

    private static Order Read(string json) =>
        OrderJsonReader.Read(Bytes(json), ReadAt) is { Order: { } order } ? order : throw new InvalidOperationException(json);

    private static string Page(params string[] records) => Some.Page(records, 50, 1, records.Length);

    private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);
}
