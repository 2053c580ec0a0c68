using System.Text.RegularExpressions;
using System.Xml.Linq;
using Qtickets.Processes;
using Qtickets.TestUtilities;
using YamlDotNet.RepresentationModel;

namespace Qtickets.Cli.Tests.Deploy;

/// <summary>
/// The production files cannot be built here (no Docker engine), so what can be checked is: they parse, they say what
/// the deployment needs (services, dependencies and their conditions, users, mounts, pinned images), and the publish
/// command the Dockerfile runs works when run exactly as written.
/// </summary>
[Collection(PublishingCollection.Name)]
public sealed partial class DeploymentFilesTests : IDisposable
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
    public void Compose_bootstraps_the_schema_once_with_the_admin_account_before_the_loader_starts()
    {
        var bootstrap = Service("bootstrap");
        var loader = Service("qtickets_api");

        Assert.Equal("qtickets_api:latest", bootstrap["image"].ToString());
        Assert.Equal(["bootstrap"], ((YamlSequenceNode)bootstrap["command"]).Children.Select(c => c.ToString()));
        Assert.Equal("no", bootstrap["restart"].ToString());
        Assert.Equal("service_healthy", ((YamlMappingNode)((YamlMappingNode)bootstrap["depends_on"])["ch-zakaz"])["condition"].ToString());
        var environment = (YamlMappingNode)bootstrap["environment"];
        Assert.Equal("admin", environment["CLICKHOUSE_ADMIN_USER"].ToString());
        Assert.StartsWith("${CLICKHOUSE_ADMIN_PASSWORD:?", environment["CLICKHOUSE_ADMIN_PASSWORD"].ToString(), StringComparison.Ordinal);
        Assert.Equal("ch-zakaz", environment["CLICKHOUSE_HOST"].ToString());
        Assert.Equal("service_completed_successfully",
            ((YamlMappingNode)((YamlMappingNode)loader["depends_on"])["bootstrap"])["condition"].ToString());
        Assert.False(((YamlMappingNode)loader["environment"]).Children.ContainsKey("CLICKHOUSE_ADMIN_PASSWORD"));
    }

    [Fact]
    public void The_loader_mounts_the_hosts_reports_folder_where_the_images_user_may_write()
    {
        var volumes = ((YamlSequenceNode)Service("qtickets_api")["volumes"]).Children.Select(v => v.ToString());
        var dockerfile = File.ReadAllLines(RepositoryPaths.File("deploy", "Dockerfile"));
        var reports = Array.FindIndex(dockerfile, l => l.StartsWith("RUN mkdir -p /reports && chown app:app /reports", StringComparison.Ordinal));

        Assert.Contains("../reports:/reports", volumes);
        Assert.True(reports > 0, "the Dockerfile must create /reports for the app user");
        Assert.Contains("ln -s /reports /app/reports", dockerfile[reports], StringComparison.Ordinal);
        Assert.True(Array.FindLastIndex(dockerfile, l => l.StartsWith("USER ", StringComparison.Ordinal)) > reports);
    }

    [Fact]
    public void The_base_images_are_pinned_to_the_sdk_global_json_names_and_the_runtime_that_sdk_ships()
    {
        using var globalJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryPaths.File("global.json")));
        var sdk = globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString()!;
        var from = File.ReadAllLines(RepositoryPaths.File("deploy", "Dockerfile")).Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal($"FROM mcr.microsoft.com/dotnet/sdk:{sdk} AS build", from[0]);
        Assert.Equal($"FROM mcr.microsoft.com/dotnet/aspnet:{BundledRuntime(sdk)} AS runtime", from[1]);
    }

    [Fact]
    public void The_sample_env_file_holds_placeholders_and_no_password_that_looks_real()
    {
        var secrets = File.ReadAllLines(RepositoryPaths.File("configs", "qtickets_api.sample.env"))
            .Where(l => !l.StartsWith('#') && l.Contains('=', StringComparison.Ordinal))
            .Select(l => (Key: l[..l.IndexOf('=', StringComparison.Ordinal)], Value: l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]))
            .Where(p => p.Key.Contains("PASSWORD", StringComparison.Ordinal) || p.Key.Contains("TOKEN", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, p => Assert.Contains(p.Value, new[] { "CHANGE_ME", "dryrun-token" }));
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
    public async Task The_publish_command_of_the_dockerfile_run_exactly_as_written_produces_a_working_program()
    {
        var run = File.ReadLines(RepositoryPaths.File("deploy", "Dockerfile")).Select(l => PublishLine().Match(l)).Single(m => m.Success);
        var output = Path.Combine(_temp.Path, "app");

        // WORKDIR /src holds the repository in the build stage; here the repository root is the working directory.
        var publish = await RunInAsync(RepositoryPaths.Root, Path.GetFullPath(run.Groups["script"].Value, RepositoryPaths.Root), output);
        var version = await RunInAsync(RepositoryPaths.Root, "dotnet", Path.Combine(output, "qtickets.dll"), "--version");

        Assert.Equal("/app", run.Groups["output"].Value);
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.True(File.Exists(Path.Combine(output, "configs", "qtickets_api.sample.env")));
        Assert.Equal(0, version.ExitCode);
        Assert.Equal(ProgramVersion.Current.Text, version.Output.Trim());
    }

    /// <summary>The runtime version an installed SDK ships, from the SDK's own bundled-versions file.</summary>
    private static string BundledRuntime(string sdk)
    {
        var list = RunInAsync(RepositoryPaths.Root, "dotnet", "--list-sdks").GetAwaiter().GetResult();
        var root = list.Output.Split('\n').Select(l => SdkLine().Match(l)).FirstOrDefault(m => m.Success && m.Groups["version"].Value == sdk)
            ?? throw new InvalidOperationException($"the SDK {sdk} of global.json is not installed here: {list.Output}");
        var props = XDocument.Load(Path.Combine(root.Groups["path"].Value, sdk, "Microsoft.NETCoreSdk.BundledVersions.props"));
        return props.Descendants().First(e => e.Name.LocalName == "BundledNETCoreAppPackageVersion").Value;
    }

    private static async Task<(int ExitCode, string Output)> RunInAsync(string directory, string program, params string[] args)
    {
        var result = await ChildProcess.RunAsync(new ChildCommand(program, args) { WorkingDirectory = directory }, TimeProvider.System, CancellationToken.None);
        return (result.ExitCode, string.Join('\n', [.. result.Output, .. result.Log]));
    }

    [GeneratedRegex(@"^RUN (?<script>\./scripts/publish\.sh) (?<output>\S+)$")]
    private static partial Regex PublishLine();

    [GeneratedRegex(@"^(?<version>\S+) \[(?<path>[^\]]+)\]")]
    private static partial Regex SdkLine();
}
