using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Qtickets.Processes;
using Qtickets.Security;

namespace Qtickets.ClickHouse.Local;

public sealed partial class LocalClickHouse
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private async Task<LocalClickHouseStartResult> ReportAlreadyRunningAsync(int pid, LocalClickHouseInstance instance, CancellationToken cancellationToken)
    {
        if (_options.HttpPort is { } wanted && wanted != instance.HttpPort)
        {
            throw new LocalClickHouseException(
                $"the local ClickHouse of {StateDirectory} already runs on port {instance.HttpPort} (pid {pid}); " +
                $"stop it first to use port {wanted}", isUsageError: true);
        }

        // It may still be starting (another start was just launched): wait until it answers, as a first start does.
        var status = await WaitUntilReadyAsync(instance, cancellationToken).ConfigureAwait(false);
        LocalClickHouseEnvFile.Write(EnvFile, instance.Connection(Database));
        return new LocalClickHouseStartResult(status, WasAlreadyRunning: true, Installed: false);
    }

    private async Task<(ClickHouseInstaller.ServerProgram Program, bool Installed)> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (ClickHouseInstaller.Find() is { } program)
        {
            return (program, false);
        }

        if (!_options.InstallWhenMissing)
        {
            throw new LocalClickHouseException("clickhouse-server is not installed (apt-get install clickhouse-server)");
        }

        _logger.LogInformation("clickhouse-server is missing; installing Debian's package with apt-get (about a minute)");
        return (await ClickHouseInstaller.InstallAsync(cancellationToken).ConfigureAwait(false), true);
    }

    private LocalClickHouseInstance PrepareInstance(LocalClickHouseInstance? previous)
    {
        Directory.CreateDirectory(StateDirectory);
        var http = _options.HttpPort is { } wanted
            ? FreePorts.IsFree(wanted) ? wanted : throw new LocalClickHouseException($"port {wanted} is already in use", isUsageError: true)
            : Reuse(previous?.HttpPort, []);
        var tcp = Reuse(previous?.TcpPort, [http]);
        var interserver = Reuse(previous?.InterserverPort, [http, tcp]);
        var instance = new LocalClickHouseInstance(http, tcp, interserver,
            previous?.AdminPassword ?? LocalClickHouseInstance.NewPassword(),
            previous?.WriterPassword ?? LocalClickHouseInstance.NewPassword(),
            previous?.ReaderPassword ?? LocalClickHouseInstance.NewPassword());
        instance.Save(StateDirectory);
        return instance;
    }

    private static int Reuse(int? previous, IReadOnlyCollection<int> taken) =>
        previous is { } port && !taken.Contains(port) && FreePorts.IsFree(port) ? port : FreePorts.Pick(taken);

    private void WriteConfiguration(LocalClickHouseInstance instance)
    {
        foreach (var folder in new[] { "data", "tmp", "logs", "user_files", "format_schemas", "run" })
        {
            Directory.CreateDirectory(Path.Combine(StateDirectory, folder));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["STATE_DIR"] = StateDirectory,
            ["HTTP_PORT"] = instance.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TCP_PORT"] = instance.TcpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["INTERSERVER_PORT"] = instance.InterserverPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ADMIN_PASSWORD_SHA256"] = Sha256Hex(instance.AdminPassword),
            ["WRITER_PASSWORD_SHA256"] = Sha256Hex(instance.WriterPassword),
            ["READER_PASSWORD_SHA256"] = Sha256Hex(instance.ReaderPassword),
        };
        File.WriteAllText(ConfigFile, LocalTemplates.Render("config.xml", values));
        PrivateFile.Write(Path.Combine(StateDirectory, "users.xml"), LocalTemplates.Render("users.xml", values));
    }

    private async Task LaunchAsync(ClickHouseInstaller.ServerProgram program, CancellationToken cancellationToken)
    {
        DeleteStalePidFile();
        string[] arguments = [.. program.LeadingArguments, "--daemon", $"--config-file={ConfigFile}", $"--pid-file={_process.PidFile}"];
        using var timeout = new CancellationTokenSource(_options.StartTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        // With --daemon the launcher forks the server and exits: it runs to completion like any short command.
        var outcome = await ChildProcess.RunAsync(new ChildCommand(program.Path, arguments), _time, linked.Token).ConfigureAwait(false);
        if (outcome.ExitCode != 0)
        {
            throw new LocalClickHouseException(
                $"{program.Path} exited with code {outcome.ExitCode} at start-up: {string.Join('\n', [.. outcome.Log, .. outcome.Output]).Trim()}{ErrorLogTail()}");
        }
    }

    private static string Sha256Hex(string password) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
}
