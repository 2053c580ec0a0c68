using System.Net;
using System.Text;
using Qtickets.ClickHouse.Testing;
using Qtickets.Webhooks.Metrics;
using Qtickets.TestUtilities.Webhooks;
using Qtickets.Webhooks.Tests.Support;

namespace Qtickets.Webhooks.Tests.Http;

/// <summary>Webhooks arriving close together share one applier call; each request gets its own item's answer.</summary>
public sealed class BatchingOverHttpTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IAsyncLifetime
{
    private ClickHouseTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await clickHouse.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Webhooks_within_the_window_share_one_applier_call_and_each_gets_its_own_answer()
    {
        await using var host = await ListenerHost.StartAsync(_database.Writer, ListenerHost.Options with { BatchWindow = TimeSpan.FromSeconds(2) });
        host.Applier.Decide = order => Encoding.UTF8.GetString(order.Body.Span) switch
        {
            var text when text.Contains("\"reject\"", StringComparison.Ordinal) => OrderApplyResult.Rejected("outside the contract"),
            var text when text.Contains("\"refuse\"", StringComparison.Ordinal) => OrderApplyResult.Refused("event unknown and the API unreachable"),
            _ => OrderApplyResult.Applied,
        };

        var answers = await Task.WhenAll(
            host.PostAsync(Signed.Order(1, "apply")),
            host.PostAsync(Signed.Order(2, "reject")),
            host.PostAsync(Signed.Order(3, "refuse")));

        var batch = Assert.Single(host.Applier.Batches);
        Assert.Equal(3, batch.Count);
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable],
            answers.Select(a => a.StatusCode));
        Assert.Equal(1, host.Listener.Metrics.Totals[WebhookCounter.Batches]);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task A_full_batch_is_applied_without_waiting_for_the_window()
    {
        await using var host = await ListenerHost.StartAsync(_database.Writer, ListenerHost.Options with { BatchWindow = TimeSpan.FromSeconds(30), MaxBatch = 2 });
        var started = DateTime.UtcNow;

        var answers = await Task.WhenAll(host.PostAsync(Signed.Order(1)), host.PostAsync(Signed.Order(2)));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the batch waited for the 30 s window");
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(host.Applier.Batches);
    }

    [Fact]
    public async Task Webhooks_further_apart_than_the_window_are_separate_batches()
    {
        await using var host = await ListenerHost.StartAsync(_database.Writer, ListenerHost.Options with { BatchWindow = TimeSpan.Zero });

        using var first = await host.PostAsync(Signed.Order(1));
        using var second = await host.PostAsync(Signed.Order(2));

        Assert.Equal(2, host.Applier.Batches.Count);
    }
}
