using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Webhooks;

/// <summary>
/// The whole push path for real: the simulator changes an order and POSTs the signed webhook as QTickets does, the
/// `listen` command (with the pipeline's applier) stores it in the real ClickHouse by the loader's rules, and the
/// daily facts follow, exactly.
/// </summary>
public sealed class WebhookEndToEndTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_refund_made_through_the_api_reaches_staging_and_the_daily_facts_exactly_and_at_once()
    {
        await using var stack = await WebhookStack.StartAsync(clickHouse, _temp, 21);
        var db = stack.Database;
        var (orderId, basketId, price) = await PaidBasketAsync(stack);
        var before = await TicketsAsync(db, orderId);

        var watch = Stopwatch.StartNew();
        await RefundAsync(stack, orderId, basketId, price);
        // The listener answers 200 only once staging and the facts are both stored: staging alone may show the refund
        // a moment before the facts are recomputed.
        await stack.WaitForAsync(() => Task.FromResult(stack.Simulator.Webhooks.Delivered == 1));
        watch.Stop();

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(before - 1, await TicketsAsync(db, orderId));
        Assert.Equal(await Sales.FromStagingAsync(db.Admin), await Sales.FromFactsAsync(db.Admin));
        Assert.Equal(0, await stack.StopListenerAsync());
        Assert.Equal(1, await db.Admin.QueryScalarAsync<long>("SELECT count() FROM meta_job_runs WHERE job = 'qtickets_webhooks' AND status = 'ok'", CancellationToken.None));
        Assert.DoesNotContain(WebhookStack.Secret, stack.ListenerOutput, StringComparison.Ordinal);
    }

    private static async Task<long> TicketsAsync(ClickHouseTestDatabase db, string orderId) =>
        await db.Admin.QueryScalarAsync<long>($"SELECT toInt64(tickets_sold) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '{orderId}'", CancellationToken.None);

    private static async Task<(string OrderId, long BasketId, decimal Price)> PaidBasketAsync(WebhookStack stack)
    {
        var id = await stack.Database.Admin.QueryScalarAsync<string>(
            "SELECT order_id FROM stg_qtickets_api_orders_raw FINAL WHERE tickets_sold >= 2 AND is_cancelled = 0 ORDER BY sale_ts DESC LIMIT 1",
            CancellationToken.None);
        using var http = stack.Api();
        using var order = JsonDocument.Parse(await http.GetStringAsync($"orders/{id}"));
        var basket = order.RootElement.GetProperty("data").GetProperty("baskets").EnumerateArray()
            .First(b => b.GetProperty("deleted_at").ValueKind == JsonValueKind.Null
                && b.GetProperty("refunded_at").ValueKind == JsonValueKind.Null);
        var price = basket.GetProperty("price");
        return (id!, basket.GetProperty("id").GetInt64(),
            price.ValueKind == JsonValueKind.String ? decimal.Parse(price.GetString()!, CultureInfo.InvariantCulture) : price.GetDecimal());
    }

    private static async Task RefundAsync(WebhookStack stack, string orderId, long basketId, decimal amount)
    {
        using var http = stack.Api();
        var body = "{\"refund\":{\"amount\":" + amount.ToString(CultureInfo.InvariantCulture) + ",\"baskets\":{\"" + basketId.ToString(CultureInfo.InvariantCulture) + "\":[]}}}";
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"orders/{orderId}/baskets") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var answer = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }
}
