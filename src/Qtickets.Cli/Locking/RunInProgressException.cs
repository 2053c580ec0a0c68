using Qtickets.Api.Time;

namespace Qtickets.Cli.Locking;

/// <summary>Another run of the same job holds the lock: this one must stop before it sends or writes anything.</summary>
public sealed class RunInProgressException(string job, string database, RunLockHolder? holder, string lockFile)
    : Exception(Describe(job, database, holder, lockFile))
{
    public string Job { get; } = job;

    /// <summary>Who holds the lock; null when it has not written that down yet (it has only just started).</summary>
    public RunLockHolder? Holder { get; } = holder;

    public string LockFile { get; } = lockFile;

    private static string Describe(string job, string database, RunLockHolder? holder, string lockFile)
    {
        var who = holder is null
            ? "a run that has not yet written its host and pid"
            : $"host {holder.Host}, pid {holder.Pid}, started {MoscowTime.Format(holder.StartedAt)} (Moscow)";
        return $"another run of job '{job}' (database {database}) is already running: {who}. " +
               $"This run stopped before sending or writing anything (lock file {lockFile}).";
    }
}
