using System.Net;
using System.Text.Json;
using Qtickets.ClickHouse.Local;
using Qtickets.Faults.Tests.Support;
using Qtickets.Simulator.Webhooks;
using Qtickets.TestUtilities.Webhooks;

namespace Qtickets.Faults.Tests.Webhooks;

/// <summary>
/// ClickHouse goes away while <c>qtickets listen</c> runs (a private server, stopped and started again on the same port
/// and data): the listener refuses with 503 and says so on <c>/healthz</c>, the simulator retries as QTickets does, and
/// once ClickHouse is back a retry lands the change, exactly, with nothing lost.
/// </summary>
public sealed class ListenerClickHouseOutageTests
{
    private const string Secret = "outage-webhook-secret-5d1c0e9b7a";

    // QTickets waits n^3 s before retry n; scaled by 0.05 the ten retries span about 150 s (0.05, 0.4, 1.35, 3.2,
    // 6.25, 10.8 s, ...): far longer than the outage and the restart, yet the landing retry comes within seconds.
    private const double RetryScale = 0.05;

    [Fact]
    public async Task With_ClickHouse_stopped_the_listener_answers_503_and_once_it_is_back_the_simulator_s_retry_lands_the_refund()
    {
        await using var clickHouse = await PrivateClickHouse.StartAsync(samePortAfterRestart: true);
        var port = FreePorts.Pick([]);
        var webhooks = new WebhookOptions { Url = RunningListener.WebhookUriOf(port), Secret = Secret, RetryScale = RetryScale };
        await using var harness = await FaultHarness.StartAsync(clickHouse.Target, FaultHarness.SmallTenant(74) with { Webhooks = webhooks });
        await harness.RunAsync();
        var orderId = await ApiChanges.LatestSaleAsync(harness.Target.Admin);
        var ticketsBefore = await TicketsAsync(harness, orderId);
        await using var listener = await RunningListener.StartAsync(harness, port, Secret);
        await listener.WaitForHealthAsync(HttpStatusCode.OK);

        await clickHouse.StopAsync();
        await listener.WaitForHealthAsync(HttpStatusCode.ServiceUnavailable);
        await ApiChanges.RefundOneTicketAsync(harness.Simulator, orderId);
        var body = await ApiChanges.OrderJsonAsync(harness.Simulator, orderId);
        using (var direct = await listener.PostAsync(body, Signed.Signature(body, Secret), "refunded"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, direct.StatusCode);
            Assert.Contains("\"refused\"", await direct.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The simulator's first attempt and its first retry, both refused while ClickHouse is down.
        await listener.WaitForAsync(() => Task.FromResult(harness.Simulator.Webhooks.Retries >= 2), "two refused deliveries");
        Assert.Equal(0, harness.Simulator.Webhooks.Delivered);

        await clickHouse.RestartAsync();
        harness.Target = clickHouse.Target;
        await listener.WaitForHealthAsync(HttpStatusCode.OK);
        await listener.WaitForAsync(() => Task.FromResult(harness.Simulator.Webhooks.Delivered == 1), "the simulator's retry to land", TimeSpan.FromSeconds(120));

        var deliveries = harness.Simulator.Webhooks;
        Assert.Equal((1L, 0L, 0L), (deliveries.Queued, deliveries.GaveUp, deliveries.Dropped));
        Assert.Equal(ticketsBefore - 1, await TicketsAsync(harness, orderId));
        await harness.AssertLoadedAsTheApiSaysAsync();

        var stopped = await listener.StopAsync();
        harness.Keep(stopped);
        Assert.True(stopped.ExitCode == 0, stopped.ToString());
        var report = Assert.Single(await harness.JobRunsAsync(), r => r.Job == "qtickets_webhooks");
        using var metrics = JsonDocument.Parse(report.Metrics);
        // Applied: the landing retry. Refused: every other attempt of the simulator, and the direct POST.
        var refusedAttempts = deliveries.Attempts - deliveries.Delivered;
        Assert.Equal("error", report.Status);
        Assert.Equal(1, metrics.RootElement.GetProperty("applied").GetInt64());
        Assert.Equal(refusedAttempts + 1, metrics.RootElement.GetProperty("refused").GetInt64());
        await harness.AssertNoSecretLeakedAsync();
    }

    private static async Task<long> TicketsAsync(FaultHarness harness, string orderId) =>
        await harness.ScalarAsync($"SELECT toInt64(tickets_sold) FROM stg_qtickets_api_orders_raw FINAL WHERE order_id = '{orderId}'");
}
