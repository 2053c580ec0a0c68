using System.Runtime.InteropServices;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Turns Ctrl+C and SIGTERM (docker stop, systemd) into cancellation, so a run stops between pages, records its
/// error row and exits 130 instead of being killed mid-insert.
/// </summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly PosixSignalRegistration _sigint;
    private readonly PosixSignalRegistration _sigterm;

    public ShutdownSignal()
    {
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
    }

    public CancellationToken Token => _cts.Token;

    public void Dispose()
    {
        _sigint.Dispose();
        _sigterm.Dispose();
        _cts.Dispose();
    }

    private void Cancel(PosixSignalContext context)
    {
        // Keep the process alive until the command has unwound; a second signal still ends it.
        context.Cancel = !_cts.IsCancellationRequested;
        _cts.Cancel();
    }
}
