using CliWrap;

namespace Qtickets.Processes;

/// <summary>
/// A child process in flight (<see cref="ChildProcess.Start"/>): its lines are collected as they arrive until it
/// exits. Disposing it kills a child still running, with its tree, so no test or command leaves one behind.
/// </summary>
public sealed class RunningChild : IAsyncDisposable
{
    private readonly ChildLines _lines = new();
    private readonly CancellationTokenSource _kill = new();
    private readonly TimeProvider _time;
    private readonly long _started;
    private CommandTask<CommandResult>? _task;
    private Task<int?> _exit = Task.FromResult<int?>(null);
    private TimeSpan _duration;

    private RunningChild(ChildCommand command, TimeProvider time)
    {
        Command = command;
        _time = time;
        _started = time.GetTimestamp();
    }

    public ChildCommand Command { get; }

    public int Pid => _task!.ProcessId;

    /// <summary>True once the child exited and everything it printed was read.</summary>
    public bool HasExited => _exit.IsCompleted;

    /// <summary>Completes when <see cref="HasExited"/> becomes true (also when the child was killed).</summary>
    public Task Exited => _exit;

    /// <summary>Standard error so far (a <c>qtickets</c> child logs there, one line per event).</summary>
    public IReadOnlyList<string> LogSoFar => _lines.Log;

    /// <summary>Standard output so far.</summary>
    public IReadOnlyList<string> OutputSoFar => _lines.Output;

    internal static RunningChild Start(ChildCommand command, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(command);
        var child = new RunningChild(command, time);
        var cli = Cli.Wrap(command.Program)
            .WithArguments(command.Arguments)
            .WithEnvironmentVariables(command.EnvironmentChanges())
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(child._lines.AddOutput))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(child._lines.AddLog));
        if (command.WorkingDirectory is not null)
        {
            cli = cli.WithWorkingDirectory(command.WorkingDirectory);
        }

        // Cancelling _kill makes CliWrap kill the whole tree; the task then ends in an OperationCanceledException.
        child._task = cli.ExecuteAsync(child._kill.Token);
        child._exit = child.ObserveExitAsync(child._task);
        return child;
    }

    /// <summary>
    /// The first line of standard output that <paramref name="match"/> accepts (printed already or still to come),
    /// or null when the child exits without printing one.
    /// </summary>
    public Task<string?> WaitForOutputAsync(Func<string, bool> match, CancellationToken cancellationToken) =>
        _lines.WaitForOutputAsync(match, cancellationToken);

    /// <summary>SIGTERM: the child stops the way it does on a scheduler's stop (drains, writes its last row, exits).</summary>
    public bool Terminate() => PosixSignals.Send(Pid, PosixSignals.Terminate);

    /// <summary>
    /// SIGKILL of the child alone, as the OOM killer or <c>kill -9</c> would: it gets no chance to clean up. Its own
    /// children, if any, live on (and keep its output open until they end).
    /// </summary>
    public bool Kill() => PosixSignals.Send(Pid, PosixSignals.Kill);

    /// <summary>Waits for the child to exit; on cancellation kills it with its tree and throws.</summary>
    public async Task<ChildProcessResult> WaitAsync(CancellationToken cancellationToken)
    {
        int? exitCode;
        using (cancellationToken.Register(_kill.Cancel))
        {
            exitCode = await _exit.ConfigureAwait(false);
        }

        if (exitCode is not { } code)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new OperationCanceledException($"{Command.Program} was killed before it exited");
        }

        return _lines.Result(code, _duration);
    }

    public async ValueTask DisposeAsync()
    {
        if (!HasExited)
        {
            await _kill.CancelAsync().ConfigureAwait(false);
        }

        await _exit.ConfigureAwait(false);
        _kill.Dispose();
    }

    /// <summary>The exit code, or null when the child was killed through <see cref="_kill"/>.</summary>
    private async Task<int?> ObserveExitAsync(CommandTask<CommandResult> task)
    {
        try
        {
            return (await task.ConfigureAwait(false)).ExitCode;
        }
        catch (OperationCanceledException) when (_kill.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            _duration = _time.GetElapsedTime(_started);
            _lines.Close();
        }
    }
}
