using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Qtickets.ClickHouse.Local;

public sealed partial class LocalClickHouse
{
    private const int ErrorLogTailLines = 15;

    private async Task<LocalClickHouseStatus> WaitUntilReadyAsync(LocalClickHouseInstance instance, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (_time.GetElapsedTime(started) < _options.StartTimeout)
        {
            if (_process.ReadPid() is { } pid && !ServerProcess.IsAlive(pid))
            {
                throw new LocalClickHouseException($"ClickHouse (pid {pid}) exited during start-up.{ErrorLogTail()}");
            }

            if (await TryVersionAsync(instance, cancellationToken).ConfigureAwait(false) is { } version)
            {
                var connection = instance.Connection(Database);
                return new LocalClickHouseStatus(StateDirectory, EnvFile, true, _process.RunningPid(), connection.Url, version, connection);
            }

            await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
        }

        await StopAsync(cancellationToken).ConfigureAwait(false);
        throw new LocalClickHouseException(string.Create(CultureInfo.InvariantCulture,
            $"ClickHouse did not answer SELECT 1 on port {instance.HttpPort} within {_options.StartTimeout.TotalSeconds:0} s.{ErrorLogTail()}"));
    }

    private async Task<string?> TryVersionAsync(LocalClickHouseInstance instance, CancellationToken cancellationToken)
    {
        var options = instance.Connection(Database).Options(new ClickHouseAccount("admin", instance.AdminPassword), "system")
            with { RequestTimeout = TimeSpan.FromSeconds(2) };
        using var http = ClickHouseHttpClient.CreateHttpClient(options);
        var client = new ClickHouseHttpClient(http, options, _time);
        try
        {
            await client.ExecuteAsync("SELECT 1", cancellationToken).ConfigureAwait(false);
            return (await client.GetServerVersionAsync(cancellationToken).ConfigureAwait(false)).Text;
        }
        catch (ClickHouseException ex)
        {
            _logger.LogDebug("ClickHouse not ready yet: {Message}", ex.Message);
            return null;
        }
    }

    private async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (ServerProcess.IsAlive(pid))
        {
            if (_time.GetElapsedTime(started) >= timeout)
            {
                return false;
            }

            await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private void DeleteStalePidFile()
    {
        if (_process.RunningPid() is null && File.Exists(_process.PidFile))
        {
            File.Delete(_process.PidFile);
        }
    }

    private string ErrorLogTail()
    {
        if (!File.Exists(ErrorLog))
        {
            return $" No error log at {ErrorLog}.";
        }

        var lines = File.ReadLines(ErrorLog).TakeLast(ErrorLogTailLines).ToList();
        return lines.Count == 0
            ? $" The error log {ErrorLog} is empty."
            : $"{Environment.NewLine}Last lines of {ErrorLog}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
