namespace Qtickets.Processes;

/// <summary>
/// Starts programs without a shell, for the command line, the tests and the benchmark alike: standard input closed,
/// standard output and error captured line by line, the whole process tree killed when the caller gives up.
/// </summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="command"/> to completion; on cancellation kills it with its tree and throws.</summary>
    public static async Task<ChildProcessResult> RunAsync(ChildCommand command, TimeProvider time, CancellationToken cancellationToken)
    {
        var child = Start(command, time);
        await using (child.ConfigureAwait(false))
        {
            return await child.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Starts <paramref name="command"/> and returns at once: for children that serve until told to stop (the
    /// simulator, <c>qtickets listen</c>) or that a caller watches while they run.
    /// </summary>
    public static RunningChild Start(ChildCommand command, TimeProvider time) => RunningChild.Start(command, time);
}
