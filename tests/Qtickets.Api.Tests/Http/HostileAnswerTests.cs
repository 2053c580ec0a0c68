using Qtickets.Api.Tests.Support;
using System.Text.Json;
using Qtickets.Api.Errors;
using Qtickets.Api.Partners;
using Qtickets.TestUtilities.Http;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Api.Tests.Http;

/// <summary>
/// The real clients against a hostile server on loopback: a token echoed in another form than it was sent, and
/// answer texts carrying terminal escape codes. Neither may reach an exception or a log line as it came.
/// </summary>
public sealed class HostileAnswerTests
{
    private const string Token = "HOSTILE-TOKEN/abcdefghijklmnop/9876";

    [Theory]
    [InlineData("""{"status":400,"info":{"received_header":"Bearer HOSTILE-TOKEN\/abcdefghijklmnop\/9876"}}""")]
    [InlineData("""{"status":400,"error":"bad token in {\"h\":\"HOSTILE-TOKEN\\\u002Fabcdefghijklmnop\\\u002F9876\"}"}""")]
    [InlineData("""<html><body>400 Bad Request: /orders?token=HOSTILE-TOKEN%2fabcdefghijklmnop%2f9876</body></html>""")]
    public async Task A_token_echoed_escaped_or_encoded_never_reaches_the_error_or_the_log(string body)
    {
        await using var server = await StubApiServer.StartAsync(400, body, body.StartsWith('<') ? "text/html" : "application/json");
        var logs = new CapturingLoggerProvider();
        var client = new QticketsClient(new HttpClient(), Options(server), logs.CreateLogger("qtickets"));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => client.GetClientsAsync(CancellationToken.None));

        Assert.Equal($"Bearer {Token}", Assert.Single(server.Requests).Header("Authorization"));
        Assert.DoesNotContain("abcdefghijklmnop", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijklmnop", error.BodyPreview ?? string.Empty, StringComparison.Ordinal);
        Assert.All(logs.Lines, l => Assert.DoesNotContain("abcdefghijklmnop", l.FullText, StringComparison.Ordinal));
        Assert.Contains("HOST***9876", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escape_codes_in_the_error_text_the_code_and_the_preview_are_shown_not_kept()
    {
        const string body = """{"status":400,"error":"\u001b[2J\u001b[31mFAKE ALERT\u001b[0m","code":"\u009b2J\u202eEVIL"}""";
        await using var server = await StubApiServer.StartAsync(400, body);
        var client = new QticketsClient(new HttpClient(), Options(server));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => client.GetClientsAsync(CancellationToken.None));

        Assert.Equal(@"\x1B[2J\x1B[31mFAKE ALERT\x1B[0m", error.ApiError);
        Assert.Equal(@"\x9B2J\u202EEVIL", error.ApiCode);
        Assert.All(new[] { error.Message, error.BodyPreview! }, text => Assert.DoesNotContain(text, c => c < ' ' || c is '\u009b' or '\u202e'));
    }

    [Fact]
    public async Task A_partners_key_echoed_json_escaped_in_an_error_answer_is_masked()
    {
        const string key = "partners/key/0123456789abcdef";
        const string body = """{"status":"error","code":"WRONG_AUTHORIZATION","message":"key partners\/key\/0123456789abcdef is not valid \u001b[2J"}""";
        await using var server = await StubApiServer.StartAsync(200, body);
        var options = new PartnersClientOptions { BaseUri = new Uri(server.BaseUri, "api/partners/v1/"), Token = key, MaxRetries = 0 };
        var client = new PartnersClient(new HttpClient(), options);

        using var filter = JsonDocument.Parse("""{"barcode":"1"}""");
        var error = await Assert.ThrowsAsync<QticketsApiException>(() => client.FindTicketsAsync(filter.RootElement, CancellationToken.None));

        Assert.DoesNotContain("0123456789abcdef", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", error.BodyPreview ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("part***cdef", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error.Message);
    }

    private static QticketsClientOptions Options(StubApiServer server) => new()
    {
        BaseUri = server.RestBaseUri,
        Token = Token,
        MaxRetries = 0,
    };
}
