using System.Net;
using Qtickets.Api.Errors;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Http;

public sealed class ErrorReportingTests
{
    [Fact]
    public async Task A_JSON_error_body_gives_the_API_error_text_code_status_and_endpoint()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(
            """{"error":"Unknown error","status":503,"code":"UNKNOWN_ERROR","info":[]}""", HttpStatusCode.ServiceUnavailable));
        var options = TestClient.Options() with { MaxRetries = 1 };

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler, options).GetPromoCodesAsync(CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal("Unknown error", error.ApiError);
        Assert.Equal("UNKNOWN_ERROR", error.ApiCode);
        Assert.Equal("GET /promo-codes?page=1&per_page=1000", error.Endpoint);
        Assert.Contains("GET /promo-codes", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_nginx_HTML_404_page_shows_as_a_short_text_preview()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Html(HttpStatusCode.NotFound));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler).GetBarcodesAsync(42, CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.True(error.IsDatasetUnavailable);
        Assert.Null(error.ApiError);
        Assert.Equal("404 NotFound 404 NotFound nginx", error.BodyPreview);
        Assert.DoesNotContain("<", error.Message, StringComparison.Ordinal);
        Assert.Contains("GET /shows/42/barcodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_error_body_is_reported_as_such()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Status(HttpStatusCode.Forbidden));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler).GetClientsAsync(CancellationToken.None));

        Assert.Equal("(empty body)", error.BodyPreview);
    }

    [Fact]
    public async Task A_long_body_preview_is_cut_to_about_200_characters()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Text(new string('x', 5000), "text/plain", HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler).GetClientsAsync(CancellationToken.None));

        Assert.InRange(error.BodyPreview!.Length, 200, 201);
    }

    [Fact]
    public async Task A_request_id_header_is_carried()
    {
        var handler = new StubHttpMessageHandler(_ =>
        {
            var response = StubResponse.Json("""{"error":"Forbidden","status":403}""", HttpStatusCode.Forbidden);
            response.Headers.Add("X-Request-Id", "req-81f2");
            return response;
        });

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler).GetClientsAsync(CancellationToken.None));

        Assert.Equal("req-81f2", error.RequestId);
        Assert.Contains("req-81f2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_JSON_is_reported_with_endpoint_position_and_preview()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"data":[{"id":1,"color":"#fff"},{"id":2,"col"""));
        var options = TestClient.Options() with { MaxRetries = 1 };

        var error = await Assert.ThrowsAsync<QticketsMalformedResponseException>(() => TestClient.Create(handler, options).GetPriceShadesAsync(CancellationToken.None));

        Assert.Equal("GET /color-themes?page=1&per_page=1000", error.Endpoint);
        Assert.Equal(0, error.LineNumber);
        Assert.NotNull(error.BytePositionInLine);
        Assert.StartsWith("{\"data\":[{\"id\":1", error.BodyPreview, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 0, byte", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_malformed_answer_is_retried_like_a_transient_failure()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"data":[{"id":3,"color":"#000"}],"paging":{"perPage":50,"currentPage":1,"total":1}}"""))
            .Enqueue(() => StubResponse.Json("""{"data":[{"id":3,"""));

        var shades = await TestClient.Create(handler).GetPriceShadesAsync(CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Single(shades.Items);
    }

    [Fact]
    public async Task Valid_JSON_without_data_ends_the_walk_with_what_was_read_not_a_crash()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"result":"ok"}"""));

        var error = await Assert.ThrowsAsync<QticketsWalkIncompleteException>(() => TestClient.Create(handler).GetEventsAsync(CancellationToken.None));

        Assert.Equal("events: read 0 of an unknown number of events; the walk stopped at page 1: no 'data' list", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_answer_longer_than_the_limit_is_an_error_not_an_out_of_memory_and_is_not_asked_again(bool declaresItsLength)
    {
        var huge = "{\"data\":[{\"id\":1,\"utm\":{\"utm_source\":\"" + new string('x', 3 * 1024 * 1024) + "\"}}],\"paging\":{\"perPage\":50,\"currentPage\":1,\"total\":1}}";
        var handler = new StubHttpMessageHandler(_ =>
        {
            var response = StubResponse.Json(huge);
            if (!declaresItsLength)
            {
                response.Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(huge)));
            }

            return response;
        });
        var options = TestClient.Options() with { MaxAnswerBytes = 1024 * 1024 };

        var error = await Assert.ThrowsAsync<QticketsMalformedResponseException>(() => TestClient.Create(handler, options).GetEventsAsync(CancellationToken.None));
        var orders = await Assert.ThrowsAnyAsync<QticketsApiException>(() =>
            TestClient.Create(handler, options).StreamOrders(new Qtickets.Api.Orders.OrderQuery { FullScan = true }).ReadAllAsync());

        Assert.Contains("longer than 1 MB and was not read", error.Message, StringComparison.Ordinal);
        Assert.Contains("longer than 1 MB and was not read", orders.Message, StringComparison.Ordinal);

        // Never asked again in the same form: the events once; the orders by GET, then once by POST.
        Assert.Equal(3, handler.Requests.Count);
    }
}
