using System.Net;
using Qtickets.ClickHouse.Testing;
using Qtickets.Webhooks.Tests.Support;

namespace Qtickets.Webhooks.Tests.Http;

/// <summary><c>GET /healthz</c>: 200 while ClickHouse answers, 503 otherwise.</summary>
public sealed class HealthTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task Healthz_is_200_while_ClickHouse_answers()
    {
        await using var host = await ListenerHost.StartAsync(clickHouse.CreateWriterClient());

        using var response = await host.Http.GetAsync(host.Listener.HealthUri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_is_503_when_ClickHouse_cannot_be_reached()
    {
        var unreachable = clickHouse.CreateClient(clickHouse.Options(clickHouse.Connection.Writer) with { Port = ClosedPort() });
        await using var host = await ListenerHost.StartAsync(unreachable);

        using var response = await host.Http.GetAsync(host.Listener.HealthUri);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("clickhouse", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_is_503_when_ClickHouse_refuses_the_credentials()
    {
        var refused = clickHouse.CreateClient(clickHouse.Options(clickHouse.Connection.Writer) with { Password = "wrong-password" });
        await using var host = await ListenerHost.StartAsync(refused);

        using var response = await host.Http.GetAsync(host.Listener.HealthUri);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("wrong-password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
