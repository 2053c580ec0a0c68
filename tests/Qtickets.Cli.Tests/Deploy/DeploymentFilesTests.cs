using System.Diagnostics;
using Qtickets.TestUtilities;
using YamlDotNet.RepresentationModel;

namespace Qtickets.Cli.Tests.Deploy;

/// <summary>
/// The production files cannot be built here (no Docker engine), so what can be checked is: they parse, they say
/// what spec section 7 asks, and the publish command the Dockerfile runs works.
/// </summary>
public sealed class DeploymentFilesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepositoryPaths.File("deploy", "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Service(string name) =>
        (YamlMappingNode)((YamlMappingNode)Compose()["services"])[name];

    [Fact]
    public void Compose_runs_clickhouse_24_8_as_ch_zakaz_with_a_health_check()
    {
        var clickHouse = Service("ch-zakaz");

        Assert.Equal("clickhouse/clickhouse-server:24.8", clickHouse["image"].ToString());
        Assert.Equal("ch-zakaz", clickHouse["container_name"].ToString());
        Assert.True(((YamlMappingNode)clickHouse).Children.ContainsKey("healthcheck"));
    }

    [Fact]
    public void Compose_runs_the_loader_image_after_clickhouse_is_healthy()
    {
        var loader = Service("qtickets_api");

        Assert.Equal("qtickets_api:latest", loader["image"].ToString());
        var dependsOn = (YamlMappingNode)loader["depends_on"];
        Assert.Equal("service_healthy", ((YamlMappingNode)dependsOn["ch-zakaz"])["condition"].ToString());
        Assert.Equal("deploy/Dockerfile", ((YamlMappingNode)loader["build"])["dockerfile"].ToString());
    }

    [Fact]
    public void Every_loader_container_shares_one_state_volume_for_the_run_lock()
    {
        var loader = Service("qtickets_api");
        var dockerfile = File.ReadAllLines(RepositoryPaths.File("deploy", "Dockerfile"));

        Assert.Contains("qtickets-state:/var/lib/qtickets", ((YamlSequenceNode)loader["volumes"]).Select(v => v.ToString()));
        Assert.True(((YamlMappingNode)Compose()["volumes"]).Children.ContainsKey("qtickets-state"));
        Assert.Contains(dockerfile, l => l.Trim() == "QTICKETS_STATE_DIR=/var/lib/qtickets");
        // The unprivileged user must own it: a volume mounted there starts as a copy of the image's directory.
        Assert.Contains(dockerfile, l => l.StartsWith("RUN mkdir -p /var/lib/qtickets && chown app:app /var/lib/qtickets", StringComparison.Ordinal));
    }

    [Fact]
    public void The_systemd_timer_starts_the_loader_service_which_runs_the_compose_job()
    {
        var service = File.ReadAllText(RepositoryPaths.File("deploy", "systemd", "qtickets-loader.service"));
        var timer = File.ReadAllText(RepositoryPaths.File("deploy", "systemd", "qtickets-loader.timer"));

        Assert.Contains("Type=oneshot", service, StringComparison.Ordinal);
        Assert.Contains("docker compose -f /opt/qtickets/deploy/docker-compose.yml run --rm qtickets_api run", service, StringComparison.Ordinal);
        Assert.Contains("Unit=qtickets-loader.service", timer, StringComparison.Ordinal);
        Assert.Contains("Persistent=true", timer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dockerfile_publishes_with_the_project_script_and_runs_the_loader_as_a_non_root_user()
    {
        var dockerfile = File.ReadAllLines(RepositoryPaths.File("deploy", "Dockerfile"));

        Assert.Contains(dockerfile, l => l.StartsWith("RUN ./scripts/publish.sh /app", StringComparison.Ordinal));
        Assert.Equal(2, dockerfile.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(dockerfile, l => l == "USER app");
        Assert.Equal("CMD [\"run\"]", dockerfile.Last(l => l.StartsWith("CMD", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_publish_command_of_the_dockerfile_produces_a_working_program()
    {
        var output = Path.Combine(_temp.Path, "app");

        var publish = await RunAsync("bash", RepositoryPaths.File("scripts", "publish.sh"), output);
        var help = await RunAsync("dotnet", Path.Combine(output, "qtickets.dll"), "--help");

        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.True(File.Exists(Path.Combine(output, "configs", "qtickets_api.sample.env")));
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("bootstrap", help.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
