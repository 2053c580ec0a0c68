using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Qtickets.Simulator.Tests.Support;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator.Tests.Webhooks;

/// <summary>The refund and delete verbs POST signed webhooks exactly as QTickets does, to a real loopback receiver.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private const string Secret = "test-webhook-secret";
    private WebhookReceiver _receiver = null!;
    private SimulatorHost _host = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _host = await SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Webhooks = CreateOptions(_receiver.Url) });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    internal static WebhookOptions CreateOptions(Uri url) => new() { Url = url, Secret = Secret, RetryScale = 0.001 };

    internal static string ExpectedSignature(byte[] body) =>
        Convert.ToHexStringLower(HMACSHA1.HashData(Encoding.UTF8.GetBytes(Secret), body));

    [Fact]
    public async Task A_refund_sends_one_refunded_webhook_with_the_headers_of_QTickets()
    {
        var order = await PaidOrderAsync(baskets: 2);

        (await RefundAsync(order, order.GetProperty("baskets")[0])).EnsureOk();

        var webhook = Assert.Single(await _receiver.WaitForAsync(1));
        Assert.Equal("refunded", webhook.Header("X-Event-Type"));
        Assert.Equal("Order", webhook.Header("X-Model-Name"));
        Assert.Equal("Qtickets-Webhooks/2.0", webhook.Header("User-Agent"));
        Assert.Equal("application/json", webhook.Header("Content-Type"));
        Assert.Equal(ExpectedSignature(webhook.Body), webhook.Header("X-Signature"));
    }

    [Fact]
    public async Task The_body_is_the_order_byte_for_byte_as_GET_orders_id_returns_it_in_data()
    {
        var order = await PaidOrderAsync(baskets: 1);
        (await RefundAsync(order, order.GetProperty("baskets")[0])).EnsureOk();
        var webhook = Assert.Single(await _receiver.WaitForAsync(1));

        var reread = (await _host.Rest.GetAsync($"orders/{Id(order)}")).EnsureOk();

        using var document = JsonDocument.Parse(reread.Bytes);
        Assert.Equal(document.RootElement.GetProperty("data").GetRawText(), webhook.Text);
        Assert.NotEqual(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty("baskets")[0].GetProperty("refunded_at").ValueKind);
    }

    [Fact]
    public async Task Cancelling_some_tickets_sends_updated_and_cancelling_the_last_ones_sends_deleted()
    {
        var order = await PaidOrderAsync(baskets: 2);
        var baskets = order.GetProperty("baskets");

        (await CancelAsync(order, baskets[0])).EnsureOk();
        await _receiver.WaitForAsync(1);
        (await CancelAsync(order, baskets[1])).EnsureOk();
        var received = await _receiver.WaitForAsync(2);

        Assert.Equal(["updated", "deleted"], received.Select(w => w.Header("X-Event-Type")));
        using var last = JsonDocument.Parse(received[1].Body);
        Assert.NotEqual(JsonValueKind.Null, last.RootElement.GetProperty("deleted_at").ValueKind);
    }

    [Fact]
    public async Task A_refused_change_sends_nothing()
    {
        var unpaid = (await _host.Rest.GetAsync("orders", new { where = new[] { new { column = "payed", value = 0 } }, per_page = 1 })).EnsureOk().Data[0];

        var answer = await RefundAsync(unpaid, unpaid.GetProperty("baskets")[0]);
        await Task.Delay(300);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, answer.Status);
        Assert.Empty(_receiver.Received);
        Assert.Equal(0, _host.Server.Webhooks.Queued);
    }

    [Fact]
    public async Task A_delivery_answered_200_counts_as_delivered_with_its_latency()
    {
        var order = await PaidOrderAsync(baskets: 1);

        (await RefundAsync(order, order.GetProperty("baskets")[0])).EnsureOk();
        await Eventually.TrueAsync(() => _host.Server.Webhooks.Delivered == 1, "the delivery is counted");

        var stats = _host.Server.Webhooks;
        Assert.Equal(1, stats.Attempts);
        Assert.Equal(0, stats.Retries);
        Assert.Equal(0, stats.Outstanding);
        Assert.NotNull(stats.LatencyP95Ms);
    }

    private Task<ApiAnswer> RefundAsync(JsonElement order, JsonElement basket) =>
        _host.Rest.DeleteAsync($"orders/{Id(order)}/baskets", new
        {
            refund = new { amount = basket.GetProperty("price").ToString(), baskets = new Dictionary<string, int[]> { [BasketId(basket)] = [] } },
        });

    private Task<ApiAnswer> CancelAsync(JsonElement order, JsonElement basket) =>
        _host.Rest.DeleteAsync($"orders/{Id(order)}/baskets", new { delete = new { baskets = new Dictionary<string, int[]> { [BasketId(basket)] = [] } } });

    private async Task<JsonElement> PaidOrderAsync(int baskets) => await PaidOrderAsync(_host, baskets);

    internal static async Task<JsonElement> PaidOrderAsync(SimulatorHost host, int baskets)
    {
        var candidates = (await host.Rest.GetAsync("orders", new
        {
            where = new object[] { new { column = "payed", value = 1 }, new { column = "deleted_at", @operator = "null" } },
            per_page = 500,
        })).EnsureOk().Data.EnumerateArray();
        return candidates.First(o => o.GetProperty("baskets").GetArrayLength() == baskets
            && o.GetProperty("refunds").GetArrayLength() == 0
            && o.GetProperty("baskets").EnumerateArray().All(b => b.GetProperty("deleted_at").ValueKind == JsonValueKind.Null)).Clone();
    }

    internal static long Id(JsonElement order) => order.GetProperty("id").GetInt64();

    private static string BasketId(JsonElement basket) => basket.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
}
