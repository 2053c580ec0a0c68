using System.Text;
using System.Text.Json;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing;
using Qtickets.Api.Tests.Integration;
using Qtickets.Api.Tests.Support;

namespace Qtickets.Api.Tests.Parsing;

/// <summary>
/// The fast order page reader must read every page exactly as the document reader (<see cref="PageReader"/> with
/// <see cref="OrderParser"/>) does: same orders, same skipped records and reasons, same ids, same paging.
/// </summary>
public sealed class OrderPageReaderTests
{
    public static TheoryData<string> Records() =>
    [
        Some.Order(1),
        Some.Order(2, payed: false),
        """{"id":"12","event_id":"7","price":"1500.00","original_price":"1750.5","discount_id":"","baskets":[{"id":"120","show_id":"70","price":"1500.00","quantity":"2","refunded_amount":"0"}]}""",
        """{"id":12.0,"payed":"yes","reserved":"0","price":1.5e3}""",
        """{"id":12.5}""",
        """{"id":true}""",
        """{"id":{"x":1}}""",
        """{"uniqid":"no id"}""",
        """{"id":"abc"}""",
        """{"id":99999999999999999999}""",
        """{"id":1,"utm":[],"site":[],"client":[],"refunds":[],"baskets":[]}""",
        """{"id":1,"utm":{"source":"vk","utm_source":"fb","campaign":"c","utm_term":null},"site":{"id":"16","host":"qtickets.ru"}}""",
        """{"id":1,"utm":["a"],"site":"x","client":7,"refunds":{"1":{"id":1}},"baskets":null}""",
        """{"id":1,"client":{"id":235,"email":"a@b.ru","name":"Own","phone":"+7"}}""",
        """{"id":1,"client":{"id":235,"email":"a@b.ru","details":[],"surname":"Own"}}""",
        """{"id":1,"client":{"id":235,"details":{"name":"Иван","surname":"Петров","middlename":null,"phone":"+79100000000"},"name":"ignored"}}""",
        """{"id":1,"payed":1,"created_at":"2025-11-03T09:00:00Z","updated_at":"2025-11-03 12:00:00","payed_at":"2025-11-03T14:00:00+05:00","deleted_at":"","reserved_to":"0000-00-00 00:00:00"}""",
        """{"id":1,"created_at":"2025-02-30T09:00:00+03:00","updated_at":"2025-11-03T24:00:00+03:00","payed_at":1762160400,"deleted_at":"2025-11-03T09:00:00.123+03:00","reserved_to":"2025-11-03T09:00:00-14:30"}""",
        """{"id":1,"updated_at":"2025-11-03T09:00:00+14:00","created_at":"2025-11-03t09:00:00+03:00","payed_at":" 2025-11-03T09:00:00+03:00 "}""",
        """{"id":3,"baskets":[{"price":1}]}""",
        """{"id":3,"baskets":[{"id":30},5,{"price":1}]}""",
        """{"id":3,"baskets":{"30":{"id":30,"price":100}}}""",
        """{"id":3,"baskets":[{"id":30,"quantity":"2.0","deleted_at":"2025-11-03T09:00:00+03:00","refunded_amount":"100.5","client_email":"x@y.z"}]}""",
        """{"id":3,"baskets":[{"id":30,"barcode":4711,"show_id":"70","seat_id":"A-1;2","seat_name":"Ряд 1","price":100,"original_price":"120","ticket_amount":100,"service_fee_amount":"0","discount_value":20,"multiprice_code":null,"checked_at":"2025-11-03T10:00:00+03:00","created_at":"2025-11-03T09:00:00+03:00","updated_at":"2025-11-03 09:30:00","refunded_at":null,"client_name":"И","client_surname":"П","client_phone":"+7"},{"id":31}]}""",
        """{"id":3,"refunds":[{"id":1,"amount":"100","created_at":"2025-11-03T09:00:00+03:00"},7,null]}""",
        """{"id":1,"id":"x"}""",
        """{"id":"x","id":2}""",
        """{"id":1,"utm":{"utm_source":"a"},"utm":[]}""",
        """{"id":1,"baskets":[{"price":1}],"baskets":[]}""",
        """{"\u0069d":5,"price":1}""",
        """{"id":5,"pr\u0069ce":1,"uniqid":"a\"b\u00e9"}""",
        """{"id":5,"custom":"text","fields":[],"integrations":{"x":1},"brand_new_member":{"deep":[1,2,{"id":9}]}}""",
        """{"id":5,"price":{"amount":1},"event_id":"seven","updated_at":42.5,"currency_id":["RUB"],"payed":"maybe"}""",
        """[1,2]""",
        """ "order" """,
        "12",
        "null",
    ];

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_reads_as_the_document_reader_reads_it(string record)
    {
        var page = "{\"data\":[" + record + "," + Some.Order(77) + "],\"paging\":{\"perPage\":50,\"currentPage\":1,\"total\":2}}";

        AssertSameAsDocumentReader(page);
    }

    [Theory]
    [InlineData("""{"paging":{"per_page":"50","current_page":2,"total":"120"},"data":[]}""")]
    [InlineData("""{"data":null,"meta":{"perPage":50,"total":0}}""")]
    [InlineData("""{"data":[],"paging":[],"meta":{"perPage":10,"currentPage":1,"total":3}}""")]
    [InlineData("""{"data":{"a":{"id":1},"b":{"id":2}},"paging":{"perPage":50}}""")]
    [InlineData("""{"d\u0061ta":[{"id":1}],"p\u0061ging":{"perPage":50,"tot\u0061l":1}}""")]
    [InlineData("""{"data":[{"id":1}],"data":[{"id":2}],"status":"ok","extra":[{"a":{}}]}""")]
    [InlineData("""{"data":[{"id":1}]}""")]
    public void A_page_reads_as_the_document_reader_reads_it(string page)
    {
        AssertSameAsDocumentReader(page);
    }

    [Theory]
    [InlineData("""[{"id":1}]""")]
    [InlineData("""{"data":"nothing"}""")]
    [InlineData("""{"items":[{"id":1}]}""")]
    public void A_page_of_unusual_shape_is_left_to_the_document_reader(string page)
    {
        Assert.Null(OrderPageReader.TryRead(Encoding.UTF8.GetBytes(page), 1));
    }

    [Theory]
    [InlineData("""{"data":[{"id":1}""")]
    [InlineData("""{"data":[{"id":1}]} trailing""")]
    [InlineData("""{"data":[{"id":1,"unknown":[1,}]}""")]
    [InlineData("""{"data":[{"id":1,"baskets":{"1":{"id":}}}]}""")]
    public void Invalid_JSON_throws_like_a_document_would(string page)
    {
        Assert.ThrowsAny<JsonException>(() => OrderPageReader.TryRead(Encoding.UTF8.GetBytes(page), 1));
    }

    [Fact]
    public async Task Every_simulator_page_reads_as_the_document_reader_reads_it()
    {
        await using var simulator = await Simulators.StartAsync(options => options with { Orders = 1_200 });
        using var http = new HttpClient();
        for (var number = 1; number <= 3; number++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(simulator.RestBaseUri, $"orders?page={number}&per_page=500"));
            request.Headers.Authorization = new("Bearer", simulator.Token);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            AssertSameAsDocumentReader(body, number);
        }
    }

    private static void AssertSameAsDocumentReader(string page, int number = 1)
    {
        var bytes = Encoding.UTF8.GetBytes(page);
        var fast = OrderPageReader.TryRead(bytes, number);
        using var document = JsonDocument.Parse(bytes);
        var request = new ApiRequest(HttpMethod.Get, "orders");
        var expected = PageReader.Read(document.RootElement, number, OrderParser.Dataset, OrderParser.Parse, request, new SecretRedactor("t"));

        Assert.NotNull(fast);
        Assert.Equal(Describe(expected), Describe(fast));
    }

    /// <summary>Everything a page holds, as JSON: records hold lists, which records compare by reference.</summary>
    private static string Describe(ParsedPage<Order> page) =>
        JsonSerializer.Serialize(new { page.Number, page.Items, page.Skipped, page.RecordIds, page.Paging });
}
