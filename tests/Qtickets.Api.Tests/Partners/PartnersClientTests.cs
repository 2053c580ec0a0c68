using System.Net;
using System.Text.Json;
using Qtickets.Api.Errors;
using Qtickets.Api.Partners;
using Qtickets.TestUtilities.Http;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Api.Tests.Partners;

public sealed class PartnersClientTests
{
    private const string Key = "partners-key-0b1c2d3e4f5a6b7c";

    [Fact]
    public async Task An_error_arriving_as_HTTP_200_is_raised_with_its_code()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"status":"error","code":"WRONG_AUTHORIZATION","message":"Wrong authorization"}"""));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => FindAsync(CreateSut(handler)));

        Assert.Equal("WRONG_AUTHORIZATION", error.ApiCode);
        Assert.Equal("Wrong authorization", error.ApiError);
        Assert.Equal("POST /tickets/find", error.Endpoint);
        Assert.Contains("WRONG_AUTHORIZATION", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Ticket_search_posts_the_filter_as_given_and_reads_the_tickets()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"status":"success","result":[{"id":77,"barcode":"123","external_order_id":"ext-9","event_id":12,"show_id":20,"price":"1500"}]}"""));
        using var filter = JsonDocument.Parse("""{"where":[{"column":"barcode","value":"123"}]}""");

        var tickets = await CreateSut(handler).FindTicketsAsync(filter.RootElement, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/partners/v1/tickets/find", request.Uri.AbsolutePath);
        Assert.Equal($"Bearer {Key}", request.Header("Authorization"));
        Assert.Equal("""{"where":[{"column":"barcode","value":"123"}]}""", request.Body);
        var ticket = Assert.Single(tickets.Items);
        Assert.Equal(("77", "123", "ext-9", 1500m), (ticket.Id!, ticket.Barcode!, ticket.ExternalOrderId!, ticket.Price!.Value));
    }

    [Fact]
    public async Task HTTP_failures_are_retried_like_the_REST_client()
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json("""{"status":"success","result":[]}"""))
            .Enqueue(() => StubResponse.Status(HttpStatusCode.BadGateway));

        var tickets = await FindAsync(CreateSut(handler));

        Assert.Empty(tickets.Items);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task The_partners_key_never_appears_in_logs_or_errors()
    {
        var logs = new CapturingLoggerProvider();
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json($$"""{"status":"error","code":"WRONG_AUTHORIZATION","message":"Key {{Key}} refused"}"""));

        var error = await Assert.ThrowsAsync<QticketsApiException>(() => FindAsync(CreateSut(handler, logs)));

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.BodyPreview!, StringComparison.Ordinal);
        Assert.All(logs.Lines, line => Assert.DoesNotContain(Key, line.FullText, StringComparison.Ordinal));
    }

    private static Task<ListResult<PartnerTicket>> FindAsync(PartnersClient client)
    {
        using var filter = JsonDocument.Parse("""{"barcode":"123"}""");
        return client.FindTicketsAsync(filter.RootElement, CancellationToken.None);
    }

    private static PartnersClient CreateSut(StubHttpMessageHandler handler, CapturingLoggerProvider? logs = null) =>
        new(
            new HttpClient(handler),
            new PartnersClientOptions { BaseUri = new Uri("http://127.0.0.1:5999/api/partners/v1"), Token = Key, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
            logs?.CreateLogger("partners"));
}
