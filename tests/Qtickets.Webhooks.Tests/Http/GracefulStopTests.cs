using System.Net;
using System.Net.Sockets;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities.Webhooks;
using Qtickets.Webhooks.Tests.Support;

namespace Qtickets.Webhooks.Tests.Http;

/// <summary>The stop of a SIGTERM: the batch in hand is finished and answered, then the listener is gone.</summary>
public sealed class GracefulStopTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IAsyncLifetime
{
    private ClickHouseTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await clickHouse.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Stopping_finishes_the_batch_in_hand_answers_it_200_and_then_refuses_connections()
    {
        await using var host = await ListenerHost.StartAsync(_database.Writer);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Applier.Hold = release.Task;
        var port = host.Listener.Port;

        var inHand = host.PostAsync(Signed.Order(42));
        await host.Applier.Entered.WaitAsync(TimeSpan.FromSeconds(20));
        var stop = host.Listener.StopAsync(CancellationToken.None);
        await Task.Delay(300);

        Assert.False(stop.IsCompleted, "the stop did not wait for the batch in hand");
        Assert.False(inHand.IsCompleted);
        release.SetResult();
        using var answer = await inHand.WaitAsync(TimeSpan.FromSeconds(20));
        await stop.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.False(host.Applier.LastToken.IsCancellationRequested);
        await Assert.ThrowsAnyAsync<SocketException>(async () =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
        });
    }

    [Fact]
    public async Task A_batch_that_outlasts_the_drain_timeout_is_cancelled_and_refused_503()
    {
        await using var host = await ListenerHost.StartAsync(_database.Writer, ListenerHost.Options with { DrainTimeout = TimeSpan.FromMilliseconds(500) });
        host.Applier.Hold = new TaskCompletionSource().Task;

        var inHand = host.PostAsync(Signed.Order(43));
        await host.Applier.Entered.WaitAsync(TimeSpan.FromSeconds(20));
        await host.Listener.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(host.Applier.LastToken.IsCancellationRequested);
        try
        {
            using var answer = await inHand.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        }
        catch (HttpRequestException)
        {
            // Kestrel may have aborted the connection at its own deadline: QTickets retries that just the same.
        }
    }
}
