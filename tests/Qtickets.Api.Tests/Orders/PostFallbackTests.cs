using System.Net;
using System.Text.Json;
using Qtickets.Api.Errors;
using Qtickets.Api.Orders;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Orders;

public sealed class PostFallbackTests
{
    private const string Unknown503 = """{"error":"Unknown error","status":503,"code":"UNKNOWN_ERROR","info":[]}""";

    [Fact]
    [Trait("Category", "OperatorRoutine")]
    public async Task A_GET_failing_after_its_retries_leads_to_exactly_one_POST_with_the_same_query_whose_answer_is_used()
    {
        var tenant = Honouring(30);
        var from = tenant.LastCreated.AddHours(-6);
        var handler = new StubHttpMessageHandler(request =>
            request.Method == HttpMethod.Get ? StubResponse.Json(Unknown503, HttpStatusCode.ServiceUnavailable) : tenant.Respond(request));

        var (batches, summary) = await TestClient.Create(handler).StreamOrders(new OrderQuery { From = from }).ReadAllAsync();

        var gets = handler.Requests.Where(r => r.Method == HttpMethod.Get).ToList();
        var post = Assert.Single(handler.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal(5, gets.Count);
        Assert.Equal(gets[0].Body, post.Body);
        Assert.Equal("/api/rest/v1/orders", post.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(post.Body!);
        Assert.Equal("payed", body.RootElement.GetProperty("where")[0].GetProperty("column").GetString());
        Assert.Equal(tenant.Matching(from, null), batches.Ids());
        Assert.True(summary.PostFallbackUsed);
        Assert.Contains(summary.Warnings, w => w.Kind == FetchWarningKind.PostFallback);
    }

    [Fact]
    public async Task Once_POST_answered_the_following_pages_are_asked_by_POST()
    {
        var tenant = Honouring(500);
        var handler = new StubHttpMessageHandler(request =>
            request.Method == HttpMethod.Get ? StubResponse.Status(HttpStatusCode.ServiceUnavailable) : tenant.Respond(request));

        var (batches, _) = await TestClient.Create(handler).StreamOrders(new OrderQuery { FullScan = true }).ReadAllAsync();

        Assert.Equal(tenant.Matching(null, null), batches.Ids());
        Assert.Equal(5, handler.Requests.Count(r => r.Method == HttpMethod.Get));
        // Pages 1 and 2 of 250, and the empty page 3 after the full page 2.
        Assert.Equal(3, handler.Requests.Count(r => r.Method == HttpMethod.Post));
    }

    [Fact]
    public async Task GET_and_POST_both_failing_is_a_clear_error_naming_both_attempts()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Unknown503, HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<QticketsOrdersUnavailableException>(() =>
            TestClient.Create(handler).StreamOrders(new OrderQuery { From = Some.Moment }).ReadAllAsync());

        Assert.Single(handler.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal(503, error.GetFailure.StatusCode);
        Assert.Equal(5, error.GetFailure.Attempts);
        Assert.Equal(503, error.PostFailure.StatusCode);
        Assert.StartsWith("GET /orders", error.GetFailure.Endpoint, StringComparison.Ordinal);
        Assert.StartsWith("POST /orders", error.PostFailure.Endpoint, StringComparison.Ordinal);
        Assert.Contains("GET /orders", error.Message, StringComparison.Ordinal);
        Assert.Contains("POST /orders", error.Message, StringComparison.Ordinal);
        Assert.Contains("UNKNOWN_ERROR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_token_is_not_retried_by_POST()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"error":"Forbidden","status":403}""", HttpStatusCode.Forbidden));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() =>
            TestClient.Create(handler).StreamOrders(new OrderQuery { From = Some.Moment }).ReadAllAsync());

        Assert.Equal(403, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    private static FakeOrderTenant Honouring(int orders) =>
        new() { OrderCount = orders, HonoursWhere = true, HonoursOrderBy = true, HonoursPerPage = true };
}
