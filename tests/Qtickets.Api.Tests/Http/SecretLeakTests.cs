using System.Net;
using Qtickets.Api.Errors;
using Qtickets.Api.Orders;
using Qtickets.Api.Tests.Support;
using Qtickets.TestUtilities.Http;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Api.Tests.Http;

/// <summary>The token must never reach a log line or an exception message, whatever goes wrong.</summary>
public sealed class SecretLeakTests
{
    public static TheoryData<string> Scenarios() =>
    [
        "403 echoing the token",
        "503 after retries",
        "malformed JSON echoing the token",
        "HTML 404",
        "connection refused mentioning the token",
        "GET and POST both failing",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task The_token_never_appears_in_logs_or_errors(string scenario)
    {
        var logs = new CapturingLoggerProvider();
        var client = TestClient.Create(HandlerFor(scenario), logger: logs.CreateLogger("qtickets"));

        var error = await Assert.ThrowsAnyAsync<QticketsApiException>(() => Run(client, scenario));

        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, line => Assert.DoesNotContain(TestClient.Token, line.FullText, StringComparison.Ordinal));
        Assert.DoesNotContain(TestClient.Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestClient.Token, error.BodyPreview ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClient.Token, error.ApiError ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_echoed_by_the_server_shows_only_as_its_fingerprint()
    {
        var client = TestClient.Create(HandlerFor("403 echoing the token"));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => client.GetClientsAsync(CancellationToken.None));

        Assert.Contains(SecretFingerprint.Of(TestClient.Token), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_print_the_token_as_a_fingerprint()
    {
        var text = TestClient.Options().ToString();

        Assert.DoesNotContain(TestClient.Token, text, StringComparison.Ordinal);
        Assert.Contains("qt-l***4d06", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_carry_the_token_only_in_the_Authorization_header()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"data":[],"paging":{"perPage":200,"currentPage":1,"total":0}}"""));

        await TestClient.Create(handler).GetClientsAsync(CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal($"Bearer {TestClient.Token}", request.Header("Authorization"));
        Assert.DoesNotContain(TestClient.Token, request.Uri.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/json", request.Header("Accept"));
    }

    private static StubHttpMessageHandler HandlerFor(string scenario) => scenario switch
    {
        "403 echoing the token" => new(_ => StubResponse.Json($$"""{"error":"Token {{TestClient.Token}} is not allowed","status":403}""", HttpStatusCode.Forbidden)),
        "503 after retries" => new(_ => StubResponse.Json("""{"error":"Unknown error","status":503,"code":"UNKNOWN_ERROR","info":[]}""", HttpStatusCode.ServiceUnavailable)),
        "malformed JSON echoing the token" => new(_ => StubResponse.Json($$"""{"data":[{"token":"{{TestClient.Token}}",""")),
        "HTML 404" => new(_ => StubResponse.Html(HttpStatusCode.NotFound)),
        "connection refused mentioning the token" => new((_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException($"refused for Bearer {TestClient.Token}"))),
        "GET and POST both failing" => new(_ => StubResponse.Json($$"""{"error":"bad token {{TestClient.Token}}","status":503}""", HttpStatusCode.ServiceUnavailable)),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    private static async Task Run(QticketsClient client, string scenario)
    {
        if (scenario == "GET and POST both failing")
        {
            await foreach (var _ in client.StreamOrders(new OrderQuery { From = Some.Moment.AddHours(-2) }))
            {
            }

            return;
        }

        await client.GetClientsAsync(CancellationToken.None);
    }
}
