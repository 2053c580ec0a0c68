using System.Text.Json;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities.Webhooks;
using Qtickets.Webhooks.Tests.Support;

namespace Qtickets.Webhooks.Tests.Metrics;

/// <summary>The listener's <c>meta_job_runs</c> rows (job <c>qtickets_webhooks</c>) in a real ClickHouse.</summary>
public sealed class ListenerRunRowTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IAsyncLifetime
{
    private ClickHouseTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await clickHouse.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Stopping_writes_a_row_with_the_counts_and_latencies_of_its_period()
    {
        int port;
        await using (var host = await ListenerHost.StartAsync(_database.Writer))
        {
            port = host.Listener.Port;
            host.Applier.Decide = o => o.Body.Span.IndexOf("\"reject\""u8) >= 0 ? OrderApplyResult.Rejected("bad") : OrderApplyResult.Applied;
            (await host.PostAsync(Signed.Order(1))).Dispose();
            (await host.PostAsync(Signed.Order(2, "reject"))).Dispose();
            (await host.PostAsync(Signed.Order(3), signature: "00")).Dispose();
            await host.Listener.StopAsync(CancellationToken.None);
        }

        var row = Assert.Single(await RowsAsync());
        var metrics = JsonDocument.Parse(row.GetProperty("metrics").GetString()!).RootElement;
        Assert.Equal("ok", row.GetProperty("status").GetString());
        Assert.Equal(1UL, ulong.Parse(row.GetProperty("rows_processed").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((3, 1, 1, 1, 0), (
            metrics.GetProperty("received").GetInt32(),
            metrics.GetProperty("applied").GetInt32(),
            metrics.GetProperty("rejected").GetInt32(),
            metrics.GetProperty("unauthorized").GetInt32(),
            metrics.GetProperty("refused").GetInt32()));
        Assert.Equal(JsonValueKind.Number, metrics.GetProperty("latency_p95_ms").ValueKind);
        Assert.Equal(JsonValueKind.Number, metrics.GetProperty("latency_p50_ms").ValueKind);
        Assert.Equal($"POST /webhooks/qtickets on port {port}", metrics.GetProperty("listener").GetString());
    }

    [Fact]
    public async Task A_row_is_written_every_interval_even_when_idle()
    {
        await using var host = await ListenerHost.StartAsync(_database.Writer, ListenerHost.Options with { MetricsInterval = TimeSpan.FromMilliseconds(300) });

        await Eventually(async () => (await RowsAsync()).Count >= 2);

        var rows = await RowsAsync();
        Assert.All(rows, r => Assert.Equal("ok", r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_period_with_refusals_is_an_error_row()
    {
        await using (var host = await ListenerHost.StartAsync(_database.Writer))
        {
            host.Applier.Decide = _ => OrderApplyResult.Refused("ClickHouse down");
            (await host.PostAsync(Signed.Order(1))).Dispose();
        }

        var row = Assert.Single(await RowsAsync());
        Assert.Equal("error", row.GetProperty("status").GetString());
        Assert.Contains("1 refused", row.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_row_holds_the_secret_or_a_body()
    {
        await using (var host = await ListenerHost.StartAsync(_database.Writer))
        {
            (await host.PostAsync(Signed.Order(1, "body-marker-91"))).Dispose();
        }

        var text = string.Join('\n', (await RowsAsync()).Select(r => r.GetRawText()));
        Assert.DoesNotContain(Signed.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("body-marker-91", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_row_is_dated_in_the_server_zone_like_the_loader_s_rows()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        await using (var host = await ListenerHost.StartAsync(_database.Writer))
        {
            await host.Listener.StopAsync(CancellationToken.None);
        }

        var age = await _database.Admin.QueryScalarAsync<long>(
            $"SELECT toInt64(toUnixTimestamp(finished_at)) - {before} FROM meta_job_runs WHERE job = 'qtickets_webhooks'", CancellationToken.None);
        Assert.InRange(age, -2, 60);
    }

    private async Task<IReadOnlyList<JsonElement>> RowsAsync() =>
        await _database.Admin.QueryAsync<JsonElement>(
            "SELECT status, toString(rows_processed) AS rows_processed, message, metrics FROM meta_job_runs WHERE job = 'qtickets_webhooks' ORDER BY finished_at",
            CancellationToken.None);

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(100);
        }
    }
}
