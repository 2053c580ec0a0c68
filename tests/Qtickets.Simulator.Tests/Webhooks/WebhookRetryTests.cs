using Microsoft.Extensions.Time.Testing;
using Qtickets.Simulator.Tests.Support;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Simulator.Tests.Webhooks;

/// <summary>Deliveries are retried as QTickets retries: n^3 seconds apart (through the TimeProvider), until HTTP 200, 10 retries at most.</summary>
public sealed class WebhookRetryTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_failed_delivery_is_retried_after_1_then_8_seconds_of_the_time_provider()
    {
        var time = new FakeTimeProvider(SimulatorHost.Anchor.AddHours(1));
        _receiver.Answer = (webhook, _) => Task.FromResult(webhook.Attempt < 3 ? 500 : 200);
        await using var host = await StartAsync(new WebhookOptions { Url = _receiver.Url, Secret = "s", RetryScale = 1 }, time);

        await RefundAnyAsync(host);
        await _receiver.WaitForAsync(1);
        await AdvanceAndExpectAsync(host, time, retries: 1, TimeSpan.FromSeconds(1), attempts: 2);
        await AdvanceAndExpectAsync(host, time, retries: 2, TimeSpan.FromSeconds(8), attempts: 3);
        await Eventually.TrueAsync(() => host.Server.Webhooks.Delivered == 1, "the third attempt is counted delivered");

        var stats = host.Server.Webhooks;
        Assert.Equal((3, 2, 0), (stats.Attempts, stats.Retries, stats.GaveUp));
        Assert.Single(_receiver.Received.Select(w => w.Text).Distinct());
    }

    [Fact]
    public async Task A_receiver_that_never_answers_200_gets_the_first_attempt_and_ten_retries_then_the_delivery_gives_up()
    {
        _receiver.Answer = (_, _) => Task.FromResult(500);
        await using var host = await StartAsync(new WebhookOptions { Url = _receiver.Url, Secret = "s", RetryScale = 0 }, null);

        await RefundAnyAsync(host);
        await Eventually.TrueAsync(() => host.Server.Webhooks.GaveUp == 1, "the delivery gives up");
        await Task.Delay(200);

        Assert.Equal(1 + WebhookOptions.QticketsRetries, _receiver.Received.Count);
        Assert.Equal(0, host.Server.Webhooks.Delivered);
    }

    [Fact]
    public async Task Only_HTTP_200_counts_as_delivered_so_a_204_is_retried()
    {
        _receiver.Answer = (webhook, _) => Task.FromResult(webhook.Attempt == 1 ? 204 : 200);
        await using var host = await StartAsync(new WebhookOptions { Url = _receiver.Url, Secret = "s", RetryScale = 0.001 }, null);

        await RefundAnyAsync(host);
        await Eventually.TrueAsync(() => host.Server.Webhooks.Delivered == 1, "the retry is delivered");

        Assert.Equal(2, _receiver.Received.Count);
    }

    [Fact]
    public async Task A_receiver_that_is_not_listening_is_retried_like_an_error()
    {
        var closed = _receiver.Url;
        await _receiver.DisposeAsync();
        _receiver = await WebhookReceiver.StartAsync();
        await using var host = await StartAsync(new WebhookOptions { Url = closed, Secret = "s", RetryScale = 0, MaxRetries = 2 }, null);

        await RefundAnyAsync(host);
        await Eventually.TrueAsync(() => host.Server.Webhooks.GaveUp == 1, "the delivery gives up");

        Assert.Equal(3, host.Server.Webhooks.Attempts);
    }

    [Fact]
    public async Task A_receiver_that_never_answers_does_not_delay_the_API_answer()
    {
        var hold = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _receiver.Answer = (_, ct) => hold.Task.WaitAsync(ct);
        await using var host = await StartAsync(new WebhookOptions { Url = _receiver.Url, Secret = "s" }, null);
        var started = DateTime.UtcNow;

        await RefundAnyAsync(host);
        var elapsed = DateTime.UtcNow - started;
        await _receiver.WaitForAsync(1);

        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"the refund took {elapsed}");
        Assert.Equal(1, host.Server.Webhooks.Outstanding);
        hold.SetResult(200);
    }

    [Fact]
    public async Task Changes_beyond_the_queue_capacity_are_dropped_and_counted_while_the_API_still_answers()
    {
        var hold = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _receiver.Answer = (_, ct) => hold.Task.WaitAsync(ct);
        await using var host = await StartAsync(new WebhookOptions { Url = _receiver.Url, Secret = "s", QueueCapacity = 1 }, null);

        await RefundAnyAsync(host);
        await RefundAnyAsync(host);

        var stats = host.Server.Webhooks;
        Assert.Equal((1, 1, 1), (stats.Queued, stats.Dropped, stats.Outstanding));
        hold.SetResult(200);
        await Eventually.TrueAsync(() => host.Server.Webhooks.Delivered == 1, "the queued one is delivered");
    }

    private static async Task AdvanceAndExpectAsync(SimulatorHost host, FakeTimeProvider time, int retries, TimeSpan delay, int attempts)
    {
        await Eventually.TrueAsync(() => host.Server.Webhooks.Retries == retries, $"retry {retries} is scheduled");
        // The delay is registered right after the retry is counted; give that thread a moment.
        await Task.Delay(100);
        time.Advance(delay - TimeSpan.FromMilliseconds(1));
        await Task.Delay(300);
        Assert.Equal(attempts - 1, host.Server.Webhooks.Attempts);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.TrueAsync(() => host.Server.Webhooks.Attempts == attempts, $"attempt {attempts} after {delay}");
    }

    private static Task<SimulatorHost> StartAsync(WebhookOptions webhooks, TimeProvider? time) =>
        SimulatorHost.StartAsync(SimulatorHost.DefaultOptions with { Webhooks = webhooks }, time);

    private static async Task RefundAnyAsync(SimulatorHost host)
    {
        var order = await WebhookDeliveryTests.PaidOrderAsync(host, baskets: 1);
        var basket = order.GetProperty("baskets")[0];
        (await host.Rest.DeleteAsync($"orders/{WebhookDeliveryTests.Id(order)}/baskets", new
        {
            refund = new { baskets = new Dictionary<string, int[]> { [basket.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)] = [] } },
        })).EnsureOk();
    }
}
