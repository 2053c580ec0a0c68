using System.Globalization;

namespace Qtickets.ClickHouse.Local;

/// <summary>
/// The server process of one state directory, known by its pid file. A pid counts as ours only while its command line
/// names our config file, so a stale pid file (reboot, reused pid) never makes us signal a stranger.
/// </summary>
internal sealed class ServerProcess(string pidFile, string configFile)
{
    public string PidFile { get; } = pidFile;

    /// <summary>The pid of our running server, or null (no pid file, process gone or a zombie, or not ours).</summary>
    public int? RunningPid()
    {
        var pid = ReadPid();
        return pid is { } value && IsAlive(value) && IsOurs(value) ? value : null;
    }

    public int? ReadPid()
    {
        try
        {
            var text = File.ReadAllText(PidFile).Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0 ? pid : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True while the process exists and is not a zombie (an exited child nobody reaped yet).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].TrimStart();
            return state.Length > 0 && state[0] is not ('Z' or 'X');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private bool IsOurs(int pid)
    {
        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return commandLine.Contains(configFile, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
