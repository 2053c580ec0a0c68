using System.Diagnostics;
using System.Xml.Linq;
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
    public void ClickHouse_accounts_separate_the_reader_the_writer_and_the_admin()
    {
        var users = XDocument.Load(RepositoryPaths.File("deploy", "clickhouse", "users.d", "qtickets-users.xml")).Root!;
        var profiles = users.Element("profiles")!;
        var accounts = users.Element("users")!;

        Assert.Equal("1", profiles.Element(Profile(accounts, "datalens_reader"))!.Element("readonly")!.Value);
        Assert.Equal("0", profiles.Element(Profile(accounts, "etl_writer"))!.Element("allow_ddl")!.Value);
        Assert.NotNull(accounts.Element("admin"));
        Assert.All(new[] { "admin", "etl_writer", "datalens_reader" }, user =>
            Assert.NotNull(accounts.Element(user)!.Element("password")!.Attribute("from_env")));
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

    private static string Profile(XElement accounts, string user) => accounts.Element(user)!.Element("profile")!.Value;
}
