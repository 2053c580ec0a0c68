using System.Net;
using System.Net.Http.Headers;
using Qtickets.Api.Errors;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;
using Qtickets.TestUtilities.Time;

namespace Qtickets.Api.Tests.Http;

public sealed class RetryPolicyTests
{
    private const string EmptyList = """{"data":[],"paging":{"perPage":50,"currentPage":1,"total":0}}""";

    [Fact]
    [Trait("Category", "OperatorRoutine")]
    public async Task A_non_retryable_403_is_raised_after_exactly_one_call()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"error":"Access denied","status":403}""", HttpStatusCode.Forbidden));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler).GetClientsAsync(CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Equal(403, error.StatusCode);
        Assert.True(error.IsDatasetUnavailable);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    [Trait("Category", "OperatorRoutine")]
    public async Task Two_502_then_200_succeeds_after_three_calls()
    {
        var handler = new StubHttpMessageHandler()
            .Enqueue(() => StubResponse.Status(HttpStatusCode.BadGateway))
            .Enqueue(() => StubResponse.Status(HttpStatusCode.BadGateway))
            .Enqueue(() => StubResponse.Json("""{"data":[{"id":5,"color":"#ff0000"}],"paging":{"perPage":50,"currentPage":1,"total":1}}"""));

        var shades = await TestClient.Create(handler).GetPriceShadesAsync(CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("#ff0000", Assert.Single(shades.Items).Color);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [Trait("Category", "OperatorRoutine")]
    public async Task Retryable_statuses_are_retried_then_succeed(HttpStatusCode status)
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(EmptyList))
            .Enqueue(() => StubResponse.Status(status));

        await TestClient.Create(handler).GetDiscountsAsync(CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    [Trait("Category", "OperatorRoutine")]
    public async Task Other_4xx_are_not_retried(HttpStatusCode status)
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Status(status));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler).GetDiscountsAsync(CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Equal((int)status, error.StatusCode);
    }

    [Fact]
    public async Task Retries_are_bounded_by_MaxRetries()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Status(HttpStatusCode.ServiceUnavailable));
        var options = TestClient.Options() with { MaxRetries = 3 };

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => TestClient.Create(handler, options).GetClientsAsync(CancellationToken.None));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(4, error.Attempts);
        Assert.Contains("after 4 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_After_seconds_of_a_429_is_the_delay_asked_of_the_time_provider()
    {
        var clock = new InstantTimeProvider();
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(EmptyList))
            .Enqueue(() => WithRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))));
        var options = TestClient.Options() with { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30), RequestTimeout = Timeout.InfiniteTimeSpan };

        await TestClient.Create(handler, options, timeProvider: clock).GetClientsAsync(CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.RequestedDelays);
    }

    [Fact]
    public async Task Retry_After_as_an_HTTP_date_waits_until_that_date()
    {
        var clock = new InstantTimeProvider();
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(EmptyList))
            .Enqueue(() => WithRetryAfter(new RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(12))));
        var options = TestClient.Options() with { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30), RequestTimeout = Timeout.InfiniteTimeSpan };

        await TestClient.Create(handler, options, timeProvider: clock).GetClientsAsync(CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(12)], clock.RequestedDelays);
    }

    [Fact]
    public async Task A_Retry_After_beyond_MaxRetryAfter_is_capped()
    {
        var clock = new InstantTimeProvider();
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(EmptyList))
            .Enqueue(() => WithRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromHours(1))));
        var options = TestClient.Options() with { MaxRetryAfter = TimeSpan.FromSeconds(90), RequestTimeout = Timeout.InfiniteTimeSpan };

        await TestClient.Create(handler, options, timeProvider: clock).GetClientsAsync(CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(90)], clock.RequestedDelays);
    }

    [Fact]
    public async Task Back_off_doubles_per_retry_with_jitter_from_the_injected_source_up_to_MaxDelay()
    {
        var clock = new InstantTimeProvider();
        var samples = new Queue<double>([0.0, 1.0, 0.5, 0.0]);
        var handler = new StubHttpMessageHandler(_ => StubResponse.Status(HttpStatusCode.ServiceUnavailable));
        var options = TestClient.Options() with { BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(10), MaxRetries = 4, RequestTimeout = Timeout.InfiniteTimeSpan };

        await Assert.ThrowsAsync<QticketsApiException>(() =>
            TestClient.Create(handler, options, timeProvider: clock, jitter: samples.Dequeue).GetClientsAsync(CancellationToken.None));

        // Exponential 2, 4, 8, 16 s capped at 10 s; each then scaled into [half, all] by the jitter sample.
        Assert.Equal(
            [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(5)],
            clock.RequestedDelays);
    }

    [Fact]
    public async Task Connection_errors_are_retried()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(EmptyList))
            .EnqueueFailure(() => new HttpRequestException("Connection refused (127.0.0.1:5999)"))
            .EnqueueFailure(() => new IOException("The response ended prematurely."));

        var result = await TestClient.Create(handler).GetClientsAsync(CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task Connection_errors_on_every_attempt_raise_a_transport_error()
    {
        var handler = new StubHttpMessageHandler((_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused")));
        var options = TestClient.Options() with { MaxRetries = 2 };

        var error = await Assert.ThrowsAsync<QticketsTransportException>(() => TestClient.Create(handler, options).GetClientsAsync(CancellationToken.None));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Null(error.StatusCode);
        Assert.False(error.IsTimeout);
        Assert.Contains("GET /clients", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_attempt_has_its_own_timeout_and_timeouts_are_retried()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(EmptyList))
            .EnqueueHang()
            .EnqueueHang();
        var options = TestClient.Options() with { RequestTimeout = TimeSpan.FromMilliseconds(250) };

        await TestClient.Create(handler, options).GetClientsAsync(CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task Timeouts_on_every_attempt_raise_a_transport_error_marked_as_timeout()
    {
        var handler = new StubHttpMessageHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return StubResponse.Status(HttpStatusCode.OK);
        });
        var options = TestClient.Options() with { RequestTimeout = TimeSpan.FromMilliseconds(50), MaxRetries = 1 };

        var error = await Assert.ThrowsAsync<QticketsTransportException>(() => TestClient.Create(handler, options).GetClientsAsync(CancellationToken.None));

        Assert.True(error.IsTimeout);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_retried_nor_wrapped()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = new StubHttpMessageHandler(async (_, token) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
            return StubResponse.Status(HttpStatusCode.OK);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestClient.Create(handler).GetClientsAsync(cancellation.Token));

        Assert.Single(handler.Requests);
    }

    private static HttpResponseMessage WithRetryAfter(RetryConditionHeaderValue retryAfter)
    {
        var response = StubResponse.Json("""{"error":"Too many requests","status":429}""", HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
