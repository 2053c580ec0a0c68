using Qtickets.Processes;

namespace Qtickets.ClickHouse.Local;

/// <summary>
/// Finds the ClickHouse server program and, when it is missing, installs Debian's <c>clickhouse-server</c> package
/// with apt-get (directly as root, otherwise through <c>sudo -n</c>).
/// </summary>
internal static class ClickHouseInstaller
{
    private static readonly string[] Candidates = ["/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server"];

    /// <summary>The server program and the arguments that precede its own (the single-binary build needs "server").</summary>
    public sealed record ServerProgram(string Path, IReadOnlyList<string> LeadingArguments);

    public static ServerProgram? Find()
    {
        var server = Candidates.FirstOrDefault(File.Exists) ?? ProgramPath.Find("clickhouse-server");
        if (server is not null)
        {
            return new ServerProgram(server, []);
        }

        var single = ProgramPath.Find("clickhouse");
        return single is null ? null : new ServerProgram(single, ["server"]);
    }

    public static async Task<ServerProgram> InstallAsync(CancellationToken cancellationToken)
    {
        var (program, prefix) = AptCommand();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["DEBIAN_FRONTEND"] = "noninteractive" };
        foreach (var arguments in new[] { new[] { "update", "-qq" }, ["install", "-y", "-qq", "clickhouse-server", "clickhouse-client"] })
        {
            var command = new ChildCommand(program, [.. prefix, .. arguments]) { Environment = environment };
            var outcome = await ChildProcess.RunAsync(command, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            if (outcome.ExitCode != 0)
            {
                throw new LocalClickHouseException(
                    $"'apt-get {string.Join(' ', arguments)}' failed with exit code {outcome.ExitCode}: {Tail([.. outcome.Log, .. outcome.Output])}");
            }
        }

        return Find() ?? throw new LocalClickHouseException("clickhouse-server was installed but its program was not found");
    }

    private static (string Program, string[] Prefix) AptCommand()
    {
        if (Environment.IsPrivilegedProcess)
        {
            return ("apt-get", []);
        }

        var sudo = ProgramPath.Find("sudo") ?? throw new LocalClickHouseException(
            "clickhouse-server is not installed and this user cannot install it (not root, no sudo): " +
            "run 'sudo apt-get install -y clickhouse-server clickhouse-client' first");
        return (sudo, ["-n", "apt-get"]);
    }

    private static string Tail(IEnumerable<string> lines) =>
        string.Join(" | ", lines.Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(5));
}
