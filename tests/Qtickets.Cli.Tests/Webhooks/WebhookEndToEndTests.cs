using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Qtickets.ClickHouse.Testing;
using Qtickets.Simulator;
using Qtickets.Simulator.Webhooks;
using Qtickets.TestUtilities;
using Spectre.Console.Testing;

namespace Qtickets.Cli.Tests.Webhooks;

/// <summary>
/// The whole push path for real: the simulator changes an order and POSTs the signed webhook as QTickets does, the
/// `listen` command (with the pipeline's applier) stores it in the real ClickHouse by the loader's rules, and the
/// daily facts follow, exactly.
/// </summary>
public sealed class WebhookEndToEndTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private const string Secret = "e2e-webhook-secret-0123456789";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_refund_made_through_the_api_reaches_staging_and_the_daily_facts_exactly_and_at_once()
    {
        var port = FreePort();
        await using var simulator = await SimulatorServer.StartAsync(new SimulatorOptions
        {
            Orders = 300,
            Events = 4,
            Seed = 21,
            Webhooks = new WebhookOptions { Url = new Uri($"http://127.0.0.1:{port}/webhooks/qtickets"), Secret = Secret, RetryScale = 0.001 },
        }, null, CancellationToken.None);
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        var env = _temp.Write("app.env", string.Join('\n',
            $"QTICKETS_TOKEN={simulator.Token}", $"QTICKETS_BASE_URL={simulator.RestBaseUri}", "ORG_NAME=e2e",
            "QTICKETS_INITIAL_BACKFILL_HOURS=9600", $"QTICKETS_WEBHOOK_SECRET={Secret}", string.Empty));
        Assert.Equal(0, (await CliRunner.RunAsync("run", "--env-file", env, "--ch-env", chEnv)).ExitCode);
        var (orderId, basketId, price) = await PaidBasketAsync(db, simulator);
        var before = await db.Admin.QueryScalarAsync<long>($"SELECT toInt64(tickets_sold) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '{orderId}'", CancellationToken.None);

        using var stop = new CancellationTokenSource();
        var console = new TestConsole().Width(250);
        var listen = QticketsApp.RunAsync(["listen", "--env-file", env, "--ch-env", chEnv, "--port", port.ToString(CultureInfo.InvariantCulture)], console, null, stop.Token);
        await WaitForAsync(() => Task.FromResult(console.Output.Contains("listening ", StringComparison.Ordinal)), listen, console);
        var watch = Stopwatch.StartNew();
        await RefundAsync(simulator, orderId, basketId, price);
        await WaitForAsync(
            async () => await db.Admin.QueryScalarAsync<long>($"SELECT toInt64(tickets_sold) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '{orderId}'", CancellationToken.None) == before - 1,
            listen, console);
        watch.Stop();

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(await Sales.FromStagingAsync(db.Admin), await Sales.FromFactsAsync(db.Admin));
        await stop.CancelAsync();
        Assert.Equal(0, await listen.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, await db.Admin.QueryScalarAsync<long>("SELECT count() FROM meta_job_runs WHERE job = 'qtickets_webhooks' AND status = 'ok'", CancellationToken.None));
        Assert.DoesNotContain(Secret, console.Output, StringComparison.Ordinal);
    }

    private static async Task<(string OrderId, long BasketId, decimal Price)> PaidBasketAsync(ClickHouseTestDatabase db, SimulatorServer simulator)
    {
        var id = await db.Admin.QueryScalarAsync<string>(
            "SELECT order_id FROM stg_qtickets_api_orders_raw FINAL WHERE tickets_sold >= 2 AND is_cancelled = 0 ORDER BY sale_ts DESC LIMIT 1",
            CancellationToken.None);
        using var http = Http(simulator);
        using var order = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"orders/{id}"));
        var basket = order.RootElement.GetProperty("data").GetProperty("baskets").EnumerateArray()
            .First(b => b.GetProperty("deleted_at").ValueKind == System.Text.Json.JsonValueKind.Null
                && b.GetProperty("refunded_at").ValueKind == System.Text.Json.JsonValueKind.Null);
        var price = basket.GetProperty("price");
        return (id!, basket.GetProperty("id").GetInt64(),
            price.ValueKind == System.Text.Json.JsonValueKind.String ? decimal.Parse(price.GetString()!, CultureInfo.InvariantCulture) : price.GetDecimal());
    }

    private static async Task RefundAsync(SimulatorServer simulator, string orderId, long basketId, decimal amount)
    {
        using var http = Http(simulator);
        var body = "{\"refund\":{\"amount\":" + amount.ToString(CultureInfo.InvariantCulture) + ",\"baskets\":{\"" + basketId.ToString(CultureInfo.InvariantCulture) + "\":[]}}}";
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"orders/{orderId}/baskets") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var answer = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    private static HttpClient Http(SimulatorServer simulator)
    {
        var http = new HttpClient { BaseAddress = simulator.RestBaseUri };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", simulator.Token);
        return http;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, Task<int> listen, TestConsole console)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.False(listen.IsCompleted, "listen ended early: " + console.Output);
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "timed out; listen said: " + console.Output);
            await Task.Delay(25);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
