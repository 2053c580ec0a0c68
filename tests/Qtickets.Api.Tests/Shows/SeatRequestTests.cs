using System.Net;
using System.Text.Json;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Shows;

/// <summary>Seats are asked in the documented form, with the fields the capacity rule needs, and never guessed.</summary>
public sealed class SeatRequestTests
{
    private const string Counted = """{"data":{"Z-1;1":{"id":"Z-1;1","zone_id":"Z","admission":false,"max_quantity":1,"free_quantity":1,"available":true,"disabled":false}}}""";

    [Fact]
    public async Task Seats_are_asked_with_GET_and_a_select_of_the_counts_in_a_JSON_body()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Counted));

        var seats = await TestClient.Create(handler).GetSeatsAsync(70, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/api/rest/v1/shows/70/seats", request.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(request.Body!);
        var select = body.RootElement.GetProperty("select").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "max_quantity", "free_quantity", "available", "disabled", "admission" }, select.ToHashSet());
        Assert.True(body.RootElement.GetProperty("flat").GetBoolean());
        Assert.Equal(1, Assert.Single(seats.Items).MaxQuantity);
    }

    [Fact]
    public async Task When_GET_keeps_failing_one_POST_with_the_same_body_is_tried_and_kept()
    {
        var handler = new StubHttpMessageHandler(request => request.Method == HttpMethod.Get
            ? StubResponse.Status(HttpStatusCode.ServiceUnavailable)
            : StubResponse.Json(Counted));
        var client = TestClient.Create(handler);

        await client.GetSeatsAsync(70, CancellationToken.None);
        await client.GetSeatsAsync(71, CancellationToken.None);

        var posts = handler.Requests.Where(r => r.Method == HttpMethod.Post).ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, post => Assert.Contains("\"select\"", post.Body, StringComparison.Ordinal));
        Assert.Equal(5, handler.Requests.Count(r => r.Method == HttpMethod.Get));
    }

    [Fact]
    public async Task A_show_that_does_not_exist_is_not_asked_again_by_POST()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Html(HttpStatusCode.NotFound));

        var failure = await Assert.ThrowsAsync<Errors.QticketsApiException>(() => TestClient.Create(handler).GetSeatsAsync(70, CancellationToken.None));

        Assert.Equal(404, failure.StatusCode);
        Assert.DoesNotContain(handler.Requests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task A_tenant_ignoring_select_gives_seats_without_counts_not_guessed_ones()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(
            """{"data":{"PARTER":{"zone_id":"PARTER","name":"Партер","description":"","seats":{"1;1":{"seat_id":"PARTER-1;1","admission":true},"1;2":{"seat_id":"PARTER-1;2","admission":true}}}}}"""));

        var seats = await TestClient.Create(handler).GetSeatsAsync(70, CancellationToken.None);

        Assert.Equal(2, seats.Items.Count);
        Assert.All(seats.Items, seat =>
        {
            Assert.Equal("PARTER", seat.ZoneId);
            Assert.Null(seat.MaxQuantity);
            Assert.Null(seat.FreeQuantity);
            Assert.Null(seat.Available);
            Assert.Null(seat.Disabled);
        });
    }
}
