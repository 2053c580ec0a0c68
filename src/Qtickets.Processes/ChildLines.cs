namespace Qtickets.Processes;

/// <summary>
/// The lines of one child as they arrive from its two streams, and the callers waiting for a line of its output.
/// One lock for everything: the combined list keeps the order in which lines arrived.
/// </summary>
internal sealed class ChildLines
{
    private readonly object _gate = new();
    private readonly List<string> _output = [];
    private readonly List<string> _log = [];
    private readonly List<string> _all = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string?> Found)> _waiters = [];
    private bool _closed;

    public IReadOnlyList<string> Output => Copy(_output);

    public IReadOnlyList<string> Log => Copy(_log);

    public void AddOutput(string line)
    {
        List<TaskCompletionSource<string?>> found;
        lock (_gate)
        {
            _output.Add(line);
            _all.Add(line);
            found = [.. _waiters.Where(w => w.Match(line)).Select(w => w.Found)];
            _waiters.RemoveAll(w => found.Contains(w.Found));
        }

        // Outside the lock: a waiter's continuation must not run while it is held.
        found.ForEach(f => f.TrySetResult(line));
    }

    public void AddLog(string line)
    {
        lock (_gate)
        {
            _log.Add(line);
            _all.Add(line);
        }
    }

    public async Task<string?> WaitForOutputAsync(Func<string, bool> match, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_output.FirstOrDefault(match) is { } printed)
            {
                return printed;
            }

            if (_closed)
            {
                return null;
            }

            _waiters.Add((match, found));
        }

        return await found.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The child exited and both streams are read: nobody waits for a line any more.</summary>
    public void Close()
    {
        List<TaskCompletionSource<string?>> waiting;
        lock (_gate)
        {
            _closed = true;
            waiting = [.. _waiters.Select(w => w.Found)];
            _waiters.Clear();
        }

        waiting.ForEach(w => w.TrySetResult(null));
    }

    public ChildProcessResult Result(int exitCode, TimeSpan duration)
    {
        lock (_gate)
        {
            return new ChildProcessResult(exitCode, [.. _output], [.. _log], duration) { Lines = [.. _all] };
        }
    }

    private List<string> Copy(List<string> lines)
    {
        lock (_gate)
        {
            return [.. lines];
        }
    }
}
