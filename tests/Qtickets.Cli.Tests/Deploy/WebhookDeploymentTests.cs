using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Processes;
using Qtickets.TestUtilities;
using Qtickets.TestUtilities.Webhooks;
using Qtickets.Webhooks;
using YamlDotNet.RepresentationModel;

namespace Qtickets.Cli.Tests.Deploy;

/// <summary>
/// The webhook listener's deployment: the compose service and the systemd unit parse and say what they must, and the
/// compose health probe really tells a healthy listener from one whose ClickHouse is gone.
/// </summary>
public sealed class WebhookDeploymentTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static YamlMappingNode Service()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepositoryPaths.File("deploy", "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])["qtickets_webhooks"];
    }

    private static IReadOnlyList<string> HealthProbe() =>
        [.. ((YamlSequenceNode)((YamlMappingNode)Service()["healthcheck"])["test"]).Children.Select(c => c.ToString())];

    [Fact]
    public void Compose_runs_listen_long_running_from_the_loader_image_after_clickhouse_is_healthy()
    {
        var service = Service();

        Assert.Equal("qtickets_api:latest", service["image"].ToString());
        Assert.Equal(["listen"], ((YamlSequenceNode)service["command"]).Children.Select(c => c.ToString()));
        Assert.Equal("unless-stopped", service["restart"].ToString());
        Assert.Equal("service_healthy", ((YamlMappingNode)((YamlMappingNode)service["depends_on"])["ch-zakaz"])["condition"].ToString());
        Assert.Equal("../secrets/.env.qtickets_api", ((YamlSequenceNode)service["env_file"]).Children.Single().ToString());
    }

    [Fact]
    public void Compose_listens_on_all_interfaces_inside_the_container_but_publishes_on_host_loopback_only()
    {
        var service = Service();
        var environment = (YamlMappingNode)service["environment"];

        Assert.Equal("0.0.0.0", environment["QTICKETS_WEBHOOK_HOST"].ToString());
        Assert.Equal("8088", environment["QTICKETS_WEBHOOK_PORT"].ToString());
        Assert.Equal("ch-zakaz", environment["CLICKHOUSE_HOST"].ToString());
        Assert.Equal(["127.0.0.1:8088:8088"], ((YamlSequenceNode)service["ports"]).Children.Select(c => c.ToString()));
    }

    [Fact]
    public void Compose_gives_the_graceful_stop_more_time_than_the_listener_s_drain()
    {
        var service = Service();
        var grace = TimeSpan.FromSeconds(int.Parse(service["stop_grace_period"].ToString().TrimEnd('s'), CultureInfo.InvariantCulture));

        Assert.Equal("SIGTERM", service["stop_signal"].ToString());
        Assert.True(grace > new WebhookListenerOptions { Secret = new Secret("s") }.DrainTimeout + TimeSpan.FromSeconds(5), $"stop_grace_period {grace}");
    }

    [Fact]
    public void Compose_health_checks_the_listener_s_healthz()
    {
        var probe = HealthProbe();

        Assert.Equal(["CMD", "bash", "-c"], probe.Take(3));
        Assert.Contains("/dev/tcp/127.0.0.1/8088", probe[3], StringComparison.Ordinal);
        Assert.Contains("GET /healthz", probe[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_compose_health_probe_passes_against_a_healthy_listener_and_fails_when_clickhouse_is_gone()
    {
        var healthy = await ProbeAsync(clickHouse.CreateWriterClient());
        var broken = await ProbeAsync(clickHouse.CreateClient(clickHouse.Options(clickHouse.Connection.Writer) with { Port = ClosedPort() }));

        Assert.Equal(0, healthy);
        Assert.NotEqual(0, broken);
    }

    [Fact]
    public void The_systemd_unit_runs_the_compose_service_in_the_foreground_and_stops_it_gracefully()
    {
        var unit = File.ReadAllLines(RepositoryPaths.File("deploy", "systemd", "qtickets-webhooks.service"));
        string Value(string key) => unit.Single(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];

        Assert.Equal("simple", Value("Type"));
        Assert.Equal("/usr/bin/docker compose -f /opt/qtickets/deploy/docker-compose.yml up --no-log-prefix qtickets_webhooks", Value("ExecStart"));
        Assert.Contains("stop --timeout 40 qtickets_webhooks", Value("ExecStop"), StringComparison.Ordinal);
        Assert.True(int.Parse(Value("TimeoutStopSec"), CultureInfo.InvariantCulture) > 40);
        Assert.Equal("on-failure", Value("Restart"));
        Assert.Equal("multi-user.target", Value("WantedBy"));
        Assert.Equal("docker.service", Value("Requires"));
    }

    /// <summary>Runs the compose probe (its port swapped for the test listener's) with bash; returns its exit code.</summary>
    private static async Task<int> ProbeAsync(IClickHouseClient clickHouse)
    {
        var options = new WebhookListenerOptions { Port = 0, Secret = new Secret(Signed.Secret), MetricsInterval = TimeSpan.FromHours(1) };
        await using var listener = await WebhookListener.StartAsync(options, new InMemoryOrderApplier(), clickHouse, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
        var script = HealthProbe()[3].Replace("/127.0.0.1/8088", "/127.0.0.1/" + listener.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return (await ChildProcess.RunAsync(new ChildCommand("bash", ["-c", script]), TimeProvider.System, timeout.Token)).ExitCode;
    }

    private static int ClosedPort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
