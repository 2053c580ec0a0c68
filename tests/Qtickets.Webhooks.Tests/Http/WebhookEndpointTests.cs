using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse.Testing;
using Qtickets.Webhooks.Metrics;
using Qtickets.TestUtilities.Webhooks;
using Qtickets.Webhooks.Tests.Support;

namespace Qtickets.Webhooks.Tests.Http;

/// <summary><c>POST /webhooks/qtickets</c> over real HTTP: the good path and every bad input.</summary>
public sealed class WebhookEndpointTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IAsyncLifetime
{
    private ClickHouseTestDatabase _database = null!;
    private ListenerHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await clickHouse.CreateDatabaseAsync();
        _host = await ListenerHost.StartAsync(_database.Writer);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_signed_order_reaches_the_applier_as_its_raw_bytes_with_event_type_and_receipt_time_and_is_answered_200()
    {
        var body = Signed.Order(100_001, "raw");
        var before = DateTimeOffset.UtcNow;

        using var response = await _host.PostAsync(body, "refunded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = Assert.Single(_host.Applier.Orders);
        Assert.Equal(body, order.Body);
        Assert.Equal(OrderEventType.Refunded, order.EventType);
        Assert.InRange(order.ReceivedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow);
        Assert.Equal(1, _host.Listener.Metrics.Totals[WebhookCounter.Applied]);
    }

    [Theory]
    [InlineData("created", OrderEventType.Created)]
    [InlineData("updated", OrderEventType.Updated)]
    [InlineData("payed", OrderEventType.Payed)]
    [InlineData("deleted", OrderEventType.Deleted)]
    [InlineData("refunded", OrderEventType.Refunded)]
    [InlineData("checked", OrderEventType.Checked)]
    [InlineData("PAYED", OrderEventType.Payed)]
    public async Task Every_order_event_QTickets_sends_is_handled(string header, OrderEventType expected)
    {
        using var response = await _host.PostAsync(Signed.Order(7), header);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Assert.Single(_host.Applier.Orders).EventType);
    }

    [Fact]
    public async Task A_forged_signature_is_401_and_reaches_nothing_with_one_warning_line_that_shows_neither_body_nor_secret()
    {
        var body = Signed.Order(5, "forged-body-marker");

        using var response = await _host.PostAsync(body, signature: Signed.Signature(body, "not-the-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Applier.Batches);
        var warning = Assert.Single(_host.Logs.AtLeast(LogLevel.Warning));
        Assert.Contains("401", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("forged-body-marker", string.Join('\n', _host.Logs.Lines.Select(l => l.FullText)), StringComparison.Ordinal);
        Assert.DoesNotContain(Signed.Secret, string.Join('\n', _host.Logs.Lines.Select(l => l.FullText)), StringComparison.Ordinal);
        Assert.Equal(1, _host.Listener.Metrics.Totals[WebhookCounter.Unauthorized]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-hex-at-all")]
    [InlineData("0123")]
    public async Task A_missing_or_garbled_signature_is_401(string signature)
    {
        using var response = await _host.PostAsync(Signed.Order(5), signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Applier.Batches);
    }

    [Fact]
    public async Task A_signature_of_another_body_is_401()
    {
        using var response = await _host.PostAsync(Signed.Order(5), signature: Signed.Signature(Signed.Order(6)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_upper_case_hex_signature_is_accepted()
    {
        var body = Signed.Order(8);

        using var response = await _host.PostAsync(body, signature: Signed.Signature(body).ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"order\"")]
    [InlineData("null")]
    [InlineData("{\"id\": 1")]
    [InlineData("{\"id\": 1} {\"id\": 2}")]
    [InlineData("{\"id\": 1,}")]
    [InlineData("")]
    public async Task A_signed_body_that_is_not_one_JSON_object_is_400_and_reaches_nothing(string text)
    {
        using var response = await _host.PostAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Applier.Batches);
        Assert.Equal(1, _host.Listener.Metrics.Totals[WebhookCounter.Malformed]);
    }

    [Theory]
    [InlineData("Event")]
    [InlineData("Client")]
    [InlineData("")]
    public async Task Another_model_is_200_ignored_with_a_log_line(string model)
    {
        using var response = await _host.PostAsync(Signed.Order(9), model: model);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Applier.Batches);
        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains("ignored", StringComparison.Ordinal) && l.Message.Contains("model", StringComparison.Ordinal));
        Assert.Equal(1, _host.Listener.Metrics.Totals[WebhookCounter.Ignored]);
    }

    [Theory]
    [InlineData("archived")]
    [InlineData("")]
    public async Task An_event_type_it_does_not_handle_is_200_ignored_with_a_log_line(string eventType)
    {
        using var response = await _host.PostAsync(Signed.Order(9), eventType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Applier.Batches);
        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains("ignored", StringComparison.Ordinal) && l.Message.Contains("event type", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_ignored_model_still_needs_a_valid_signature()
    {
        using var response = await _host.PostAsync(Signed.Order(9), model: "Event", signature: "00");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_order_the_applier_refuses_is_503_so_QTickets_retries()
    {
        _host.Applier.Decide = _ => OrderApplyResult.Refused("ClickHouse is unreachable");

        using var response = await _host.PostAsync(Signed.Order(10));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(_host.Logs.AtLeast(LogLevel.Warning), l => l.Message.Contains("ClickHouse is unreachable", StringComparison.Ordinal));
        Assert.Equal(1, _host.Listener.Metrics.Totals[WebhookCounter.Refused]);
    }

    [Fact]
    public async Task An_order_the_applier_rejects_is_200_with_the_rejection_logged_and_counted()
    {
        _host.Applier.Decide = _ => OrderApplyResult.Rejected("order 10: quantity 0 is outside 1..10000");

        using var response = await _host.PostAsync(Signed.Order(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("rejected", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(_host.Logs.AtLeast(LogLevel.Warning), l => l.Message.Contains("quantity 0", StringComparison.Ordinal));
        Assert.Equal((1, 0), (_host.Listener.Metrics.Totals[WebhookCounter.Rejected], _host.Listener.Metrics.Totals[WebhookCounter.Applied]));
    }

    [Fact]
    public async Task An_applier_that_throws_gets_its_webhook_answered_503()
    {
        _host.Applier.Throw = new InvalidOperationException("boom");

        using var response = await _host.PostAsync(Signed.Order(11));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task An_applier_that_answers_the_wrong_number_of_results_gets_the_batch_refused()
    {
        _host.Applier.Outcome = _ => new WebhookApplyOutcome([]);

        using var response = await _host.PostAsync(Signed.Order(12));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(_host.Logs.AtLeast(LogLevel.Error), l => l.Message.Contains("0 results for a batch of 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Other_methods_on_the_path_are_405_and_other_paths_404()
    {
        using var get = await _host.Http.GetAsync(_host.Listener.WebhookUri);
        using var other = await _host.Http.PostAsync(new Uri(_host.Listener.WebhookUri, "/elsewhere"), new ByteArrayContent(Signed.Order(1)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal("POST", get.Content.Headers.Allow.Single());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Empty(_host.Applier.Batches);
    }
}
