using System.Runtime.InteropServices;

namespace Qtickets.Processes;

/// <summary>
/// Sends a POSIX signal to a process: .NET can only kill, and a clean shutdown (a server, <c>qtickets listen</c>,
/// the simulator) needs SIGTERM.
/// </summary>
public static partial class PosixSignals
{
    public const int Terminate = 15;
    public const int Kill = 9;

    /// <summary>True when the signal was delivered (false when the process is already gone).</summary>
    public static bool Send(int pid, int signal) => SendSignal(pid, signal) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SendSignal(int pid, int signal);
}
