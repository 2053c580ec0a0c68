using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qtickets.Processes;

namespace Qtickets.ClickHouse.Local;

/// <summary>
/// A ClickHouse server for demos, tests and benchmarks: Debian's clickhouse-server (installed through apt-get when
/// missing) run in the background with a project-owned configuration under one state directory (data, logs, pid
/// file), on loopback ports, in the Europe/Moscow time zone, with the accounts admin, etl_writer and
/// datalens_reader. <see cref="StartAsync"/> writes the dotenv file <c>D.env</c> the other commands accept.
/// </summary>
/// <remarks>
/// The server is started with <c>--daemon</c>: it detaches and outlives the process that started it. Only the
/// server whose pid file lies in the state directory (and whose command line names its config file) is ever stopped.
/// </remarks>
public sealed partial class LocalClickHouse
{
    public const string Database = "zakaz";

    private readonly LocalClickHouseOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ServerProcess _process;

    public LocalClickHouse(LocalClickHouseOptions options, TimeProvider? timeProvider = null, ILogger<LocalClickHouse>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Count: > 0 } errors)
        {
            throw new LocalClickHouseException(string.Join("; ", errors), isUsageError: true);
        }

        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        StateDirectory = options.FullStateDirectory;
        _process = new ServerProcess(Path.Combine(StateDirectory, "run", "clickhouse-server.pid"), ConfigFile);
    }

    public string StateDirectory { get; }

    /// <summary>True when a ClickHouse server program is installed (otherwise <see cref="StartAsync"/> installs one).</summary>
    public static bool IsServerInstalled() => ClickHouseInstaller.Find() is not null;

    public string EnvFile => _options.EnvFile;

    public string ConfigFile => Path.Combine(StateDirectory, "config.xml");

    public string ErrorLog => Path.Combine(StateDirectory, "logs", "clickhouse-server.err.log");

    /// <summary>Starts the server unless it already runs; either way writes the env file and returns the status.</summary>
    public async Task<LocalClickHouseStartResult> StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(StateDirectory);
        using var startLock = await StartLock.AcquireAsync(Path.Combine(StateDirectory, "start.lock"), _options.StartTimeout, _time, cancellationToken)
            .ConfigureAwait(false);
        var instance = LocalClickHouseInstance.Load(StateDirectory);
        if (_process.RunningPid() is { } pid)
        {
            return instance is not null
                ? await ReportAlreadyRunningAsync(pid, instance, cancellationToken).ConfigureAwait(false)
                : throw new LocalClickHouseException(
                    $"a ClickHouse (pid {pid}) runs from {StateDirectory} but its {LocalClickHouseInstance.FileName} is missing; stop it first");
        }

        var (program, installed) = await EnsureInstalledAsync(cancellationToken).ConfigureAwait(false);
        instance = PrepareInstance(instance);
        WriteConfiguration(instance);
        await LaunchAsync(program, cancellationToken).ConfigureAwait(false);
        var status = await WaitUntilReadyAsync(instance, cancellationToken).ConfigureAwait(false);
        LocalClickHouseEnvFile.Write(EnvFile, instance.Connection(Database));
        _logger.LogInformation("Local ClickHouse {Version} runs at {Url} (pid {Pid}); settings in {EnvFile}",
            status.Version, status.Url, status.Pid, EnvFile);
        return new LocalClickHouseStartResult(status, WasAlreadyRunning: false, installed);
    }

    /// <summary>Stops the server of this state directory and waits for it to exit; false when it was not running.</summary>
    public async Task<bool> StopAsync(CancellationToken cancellationToken)
    {
        if (_process.RunningPid() is not { } pid)
        {
            DeleteStalePidFile();
            return false;
        }

        PosixSignals.Send(pid, PosixSignals.Terminate);
        if (!await WaitForExitAsync(pid, _options.StopTimeout, cancellationToken).ConfigureAwait(false))
        {
            _logger.LogWarning("ClickHouse (pid {Pid}) did not stop within {Seconds} s; killing it", pid, _options.StopTimeout.TotalSeconds);
            PosixSignals.Send(pid, PosixSignals.Kill);
            await WaitForExitAsync(pid, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        }

        DeleteStalePidFile();
        return true;
    }

    public async Task<LocalClickHouseStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var instance = LocalClickHouseInstance.Load(StateDirectory);
        var pid = _process.RunningPid();
        if (pid is null || instance is null)
        {
            return new LocalClickHouseStatus(StateDirectory, EnvFile, false, null, null, null, null);
        }

        var version = await TryVersionAsync(instance, cancellationToken).ConfigureAwait(false);
        var connection = instance.Connection(Database);
        return new LocalClickHouseStatus(StateDirectory, EnvFile, version is not null, pid, connection.Url, version, connection);
    }
}
