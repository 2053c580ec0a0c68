using System.Text.Json;
using Qtickets.Api.Models;
using Qtickets.Api.Orders;
using Qtickets.Api.Parsing;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Parsing;

public sealed class OrderParsingTests
{
    private static readonly TimeSpan Moscow = TimeSpan.FromHours(3);

    [Fact]
    public void PHP_empty_arrays_stand_for_absent_objects()
    {
        var order = Parse("""{"id":1,"utm":[],"site":[],"client":[],"refunds":[],"baskets":[]}""");

        Assert.Same(Utm.Empty, order.Utm);
        Assert.Null(order.Site);
        Assert.Null(order.Client);
        Assert.Empty(order.Baskets);
    }

    [Fact]
    public void Filled_objects_are_read_with_any_subset_of_members()
    {
        var order = Parse("""{"id":1,"utm":{"utm_source":"vk","utm_content":"msk_03_11"},"site":{"id":"16","host":"qtickets.ru"},"client":{"id":235,"email":"a@b.ru","details":{"name":"Иван","surname":"Петров","phone":"+79100000000"}}}""");

        Assert.Equal(new Utm("vk", null, null, "msk_03_11", null), order.Utm);
        Assert.Equal(new OrderSite(16, "qtickets.ru"), order.Site);
        Assert.Equal("a@b.ru", order.Client!.Email);
        Assert.Equal(new ClientDetails("Иван", "Петров", null, "+79100000000"), order.Client.Details);
    }

    [Fact]
    public void Numbers_written_as_strings_are_numbers()
    {
        var order = Parse("""{"id":"12","event_id":"7","price":"1500.00","original_price":"1750.5","discount_id":"","baskets":[{"id":"120","show_id":"70","price":"1500.00","quantity":"2","refunded_amount":"0"}]}""");

        Assert.Equal(12, order.Id);
        Assert.Equal(7, order.EventId);
        Assert.Equal(1500.00m, order.Price);
        Assert.Equal(1750.5m, order.OriginalPrice);
        Assert.Null(order.DiscountId);
        var basket = Assert.Single(order.Baskets);
        Assert.Equal((120L, 70L, 1500m, 2, 0m), (basket.Id, basket.ShowId!.Value, basket.Price!.Value, basket.Quantity, basket.RefundedAmount!.Value));
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
        Assert.Equal(expected, Parse($$"""{"id":1,"payed":{{json}}}""").Payed);
    }

    [Fact]
    public void Datetimes_keep_their_offsets_and_those_without_one_are_Moscow_time()
    {
        var order = Parse("""{"id":1,"created_at":"2025-11-03T09:00:00Z","updated_at":"2025-11-03 12:00:00","payed_at":"2025-11-03T14:00:00+05:00","deleted_at":"","reserved_to":"0000-00-00 00:00:00"}""");

        Assert.Equal(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero), order.CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 12, 0, 0, Moscow), order.UpdatedAt);
        Assert.Equal(Moscow, order.UpdatedAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 14, 0, 0, TimeSpan.FromHours(5)), order.PayedAt);
        Assert.Null(order.DeletedAt);
        Assert.Null(order.ReservedTo);
    }

    [Fact]
    public void Missing_members_and_unknown_members_do_no_harm()
    {
        var order = Parse("""{"id":5,"custom":"text","fields":[],"integrations":{"x":1},"brand_new_member":{"deep":[1,2]}}""");

        Assert.Equal(5, order.Id);
        Assert.False(order.Payed);
        Assert.Null(order.UpdatedAt);
        Assert.Null(order.Price);
        Assert.Same(Utm.Empty, order.Utm);
    }

    [Fact]
    public void A_value_of_the_wrong_type_reads_as_null()
    {
        var order = Parse("""{"id":5,"price":{"amount":1},"event_id":"seven","updated_at":42.5,"currency_id":["RUB"]}""");

        Assert.Null(order.Price);
        Assert.Null(order.EventId);
        Assert.Null(order.UpdatedAt);
        Assert.Null(order.CurrencyId);
    }

    [Theory]
    [InlineData("""{"uniqid":"x"}""", "missing or non-numeric id")]
    [InlineData("""{"id":"abc"}""", "missing or non-numeric id")]
    [InlineData("""{"id":3,"baskets":[{"price":1}]}""", "basket #1 has no readable id")]
    [InlineData("""[1,2]""", "not an object (Array)")]
    [InlineData("""  "order" """, "not an object (String)")]
    public void A_bad_record_is_skipped_with_a_reason(string json, string reason)
    {
        using var document = JsonDocument.Parse(json);

        var result = RecordParsing.ParseOne(document.RootElement, OrderParser.Parse);

        Assert.Null(result.Value);
        Assert.Equal(reason, result.Error);
    }

    [Fact]
    public async Task Bad_records_are_skipped_and_counted_by_reason_in_the_fetch_summary()
    {
        var records = new[] { Some.Order(1), """{"uniqid":"no-id"}""", Some.Order(2), """{"id":"x"}""", """{"id":3,"baskets":[{}]}""" };
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Some.Page(records, 50, 1, 5)));

        var (batches, summary) = await TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true }).ReadAllAsync();

        Assert.Equal([1L, 2L], batches.Ids());
        Assert.Equal(3, summary.RecordsSkipped);
        Assert.Equal(2, summary.SkippedByReason["missing or non-numeric id"]);
        Assert.Equal(1, summary.SkippedByReason["basket #1 has no readable id"]);
        Assert.Equal(5, summary.RecordsSeen);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ru-RU")]
    public async Task Parsing_is_invariant_under_a_culture_with_a_decimal_comma(string culture)
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"data":{"id":9,"price":"1500.50","original_price":1750.25,"updated_at":"2025-11-03 12:00:00","baskets":[{"id":90,"price":"1500.50"}]}}"""));

        var order = await Cultures.WithAsync(culture, () => TestClient.Create(handler).GetOrderAsync(9, CancellationToken.None));

        Assert.Equal(1500.50m, order!.Price);
        Assert.Equal(1750.25m, order.OriginalPrice);
        Assert.Equal(1500.50m, order.Baskets[0].Price);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 12, 0, 0, Moscow), order.UpdatedAt);
        Assert.Equal("/api/rest/v1/orders/9", handler.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_single_order_is_read_from_data()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json($$"""{"data":{{Some.Order(4360)}}}"""));

        var order = await TestClient.Create(handler).GetOrderAsync(4360, CancellationToken.None);

        Assert.Equal(4360, order!.Id);
        Assert.Equal("B4360", order.Baskets[0].Barcode);
        Assert.Equal("ZONE-1;4360", order.Baskets[0].SeatId);
    }

    private static Order Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = RecordParsing.ParseOne(document.RootElement, OrderParser.Parse);
        return result.Value ?? throw new InvalidOperationException(result.Error);
    }
}
