using System.Net;
using System.Text.Json;
using Qtickets.Api.Errors;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Parsing;

public sealed class EventAndCatalogueTests
{
    [Fact]
    public async Task Events_are_asked_without_deleted_ones_and_deleted_ones_are_dropped_locally_too()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Some.Page(
        [
            """{"id":1,"name":"Концерт","is_active":"1","city_id":2,"city":{"id":2,"name":"Москва","timezone":"Europe/Moscow"},"deleted_at":null,"shows":[{"id":10,"start_date":"2025-12-01T19:00:00+03:00","finish_date":"2025-12-01 22:00:00","is_active":1}]}""",
            """{"id":2,"name":"Отменено","city":[],"deleted_at":"2025-10-01T10:00:00+03:00","shows":[]}""",
        ], 10, 1, 2)));

        var events = await TestClient.Create(handler).GetEventsAsync(CancellationToken.None);

        using var body = JsonDocument.Parse(handler.Requests[0].Body!);
        Assert.Equal("""{"column":"deleted_at","operator":"null"}""", body.RootElement.GetProperty("where")[0].GetRawText());
        var concert = Assert.Single(events.Items);
        Assert.Equal("Москва", concert.City!.Name);
        Assert.Equal("Europe/Moscow", concert.City.Timezone);
        var show = Assert.Single(concert.Shows);
        Assert.True(show.IsActive);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 22, 0, 0, TimeSpan.FromHours(3)), show.FinishDate);
    }

    [Fact]
    public async Task An_event_with_an_unreadable_show_is_skipped_and_counted()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Some.Page(["""{"id":1,"shows":[{"name":"no id"}]}""", """{"id":2,"shows":[]}"""], 10, 1, 2)));

        var events = await TestClient.Create(handler).GetEventsAsync(CancellationToken.None);

        Assert.Equal(2, Assert.Single(events.Items).Id);
        var skipped = Assert.Single(events.Skipped);
        Assert.Equal(("events", "1", "a show has no readable id"), (skipped.Dataset, skipped.RecordId, skipped.Reason));
    }

    [Fact]
    public async Task A_record_without_a_readable_id_is_skipped_and_named_by_the_id_it_has()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Some.Page(["""{"id":"abc","code":"X"}""", """{"code":"Z"}""", """{"id":5,"code":"Y"}"""], 50, 1, 3)));

        var codes = await TestClient.Create(handler).GetPromoCodesAsync(CancellationToken.None);

        Assert.Equal(5, Assert.Single(codes.Items).Id);
        Assert.Equal([("abc", "missing or non-numeric id"), (null, "missing or non-numeric id")], codes.Skipped.Select(s => (s.RecordId, s.Reason)));
    }

    [Fact]
    public async Task Flat_seats_keyed_by_seat_id_are_read_with_their_key_as_id()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""
            {"data":{"ZONE-1;1":{"zone_id":"ZONE-1","row":"1","place":"1","max_quantity":1,"free_quantity":0,"available":false,"disabled":false,"price":"1500.00"},
                     "GA-2":{"id":"GA-2","zone_id":"GA","admission":true,"max_quantity":"200","free_quantity":"37","available":"1","disabled":0}}}
            """));

        var seats = await TestClient.Create(handler).GetSeatsAsync(70, CancellationToken.None);

        Assert.Equal("/api/rest/v1/shows/70/seats", handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal(["ZONE-1;1", "GA-2"], seats.Items.Select(s => s.Id));
        var general = seats.Items[1];
        Assert.Equal((200, 37, true, false), (general.MaxQuantity!.Value, general.FreeQuantity!.Value, general.Available!.Value, general.Disabled!.Value));
    }

    [Fact]
    public async Task Seats_in_a_zones_hierarchy_are_flattened_with_their_zone()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""
            {"data":{"zones":[
                {"zone_id":8,"name":"VIP left","seats":[{"seat_id":"8-1;42","max_quantity":1,"free_quantity":1,"available":true},{"seat_id":"8-1;43","max_quantity":1,"free_quantity":0,"available":false}]},
                {"zone_id":9,"name":"Dance floor","seats":{"9-ga":{"admission":1,"max_quantity":300,"free_quantity":120,"available":1}}}
            ]}}
            """));

        var seats = await TestClient.Create(handler).GetSeatsAsync(70, CancellationToken.None);

        Assert.Equal([("8-1;42", "8"), ("8-1;43", "8"), ("9-ga", "9")], seats.Items.Select(s => (s.Id, s.ZoneId!)));
        Assert.Equal(300, seats.Items[2].MaxQuantity);
        Assert.Empty(seats.Skipped);
    }

    [Fact]
    public async Task Barcodes_come_as_a_bare_array()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""[{"barcode":"1234567890","price":"1500.00","seat_name":"Ряд 1, место 2","checked_at":null},{"price":1}]"""));

        var barcodes = await TestClient.Create(handler).GetBarcodesAsync(70, CancellationToken.None);

        var barcode = Assert.Single(barcodes.Items);
        Assert.Equal(("1234567890", 70L, 1500m), (barcode.Value, barcode.ShowId, barcode.Price!.Value));
        Assert.Equal("""{"barcode":"1234567890","price":"1500.00","seat_name":"Ряд 1, место 2","checked_at":null}""", barcode.RawJson);
        Assert.Equal("missing barcode", Assert.Single(barcodes.Skipped).Reason);
    }

    [Fact]
    public async Task Catalogues_keep_each_record_as_received()
    {
        var handler = new StubHttpMessageHandler(request => StubResponse.Json(request.Uri.AbsolutePath switch
        {
            "/api/rest/v1/discounts" => Some.Page(["""{"id":"3","name":"Early bird","type":"percent","value":"10"}"""], 50, 1, 1),
            "/api/rest/v1/promo-codes" => Some.Page(["""{"id":4,"code":"SALE","discount_id":3,"is_active":true}"""], 50, 1, 1),
            _ => Some.Page(["""{"id":5,"email":"a@b.ru","details":{"name":"Anna"}}"""], 50, 1, 1),
        }));
        var client = TestClient.Create(handler);

        var discount = Assert.Single((await client.GetDiscountsAsync(CancellationToken.None)).Items);
        var promo = Assert.Single((await client.GetPromoCodesAsync(CancellationToken.None)).Items);
        var buyer = Assert.Single((await client.GetClientsAsync(CancellationToken.None)).Items);

        Assert.Equal((3L, 10m, "percent"), (discount.Id, discount.Value!.Value, discount.Type!));
        Assert.Equal("SALE", promo.Code);
        Assert.Equal("""{"id":4,"code":"SALE","discount_id":3,"is_active":true}""", promo.RawJson);
        Assert.Equal(("a@b.ru", "Anna"), (buyer.Email!, buyer.Details!.Name!));
        Assert.Equal("""{"id":"3","name":"Early bird","type":"percent","value":"10"}""", discount.RawJson);
    }

    [Fact]
    public async Task An_optional_dataset_answering_404_surfaces_as_unavailable()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Html(HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler).GetPriceShadesAsync(CancellationToken.None));

        Assert.True(error.IsDatasetUnavailable);
        Assert.Single(handler.Requests);
    }
}
