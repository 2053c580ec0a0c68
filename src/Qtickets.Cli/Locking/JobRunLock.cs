using Qtickets.Configuration;

namespace Qtickets.Cli.Locking;

/// <summary>
/// One run of a job at a time: an exclusive lock on <c>run-JOB@DATABASE.lock</c> in the state directory
/// (<c>QTICKETS_STATE_DIR</c>), taken before a run sends or writes anything and held until it ends. .NET takes it
/// as a <c>flock(LOCK_EX | LOCK_NB)</c> (<see cref="FileShare.None"/> on Unix), which the kernel drops when the
/// process dies however it dies: a run killed with SIGKILL or by the OOM killer leaves the file behind but never
/// the lock. Every process that sees the same directory shares the lock: runs on one host, and the containers of
/// the compose stack, which mount the same volume there. A network file system may not honour it.
/// The holder's host, pid and start time are written next to it (<c>.holder</c>, the lock file itself cannot be
/// read while locked), so a refused run can name the run in progress.
/// </summary>
public sealed class JobRunLock : IDisposable
{
    // flock's EWOULDBLOCK as .NET reports it on Linux (HResult = errno), and a sharing violation on Windows.
    private const int WouldBlock = 11;
    private const int SharingViolation = unchecked((int)0x80070020);

    private readonly FileStream _lock;
    private readonly string _holderFile;

    private JobRunLock(FileStream @lock, string lockFile, string holderFile, RunLockHolder holder)
    {
        _lock = @lock;
        _holderFile = holderFile;
        LockFile = lockFile;
        Holder = holder;
    }

    public string LockFile { get; }

    public RunLockHolder Holder { get; }

    /// <exception cref="RunInProgressException">Another run of the job holds the lock.</exception>
    /// <exception cref="ConfigurationException">The state directory cannot be created or written.</exception>
    public static JobRunLock Acquire(string stateDirectory, string job, string database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var directory = Path.GetFullPath(stateDirectory);
        var name = $"run-{job}@{database}";
        var lockFile = Path.Combine(directory, name + ".lock");
        var holderFile = Path.Combine(directory, name + ".holder");
        var stream = Open(directory, lockFile, job, database, holderFile);
        var holder = new RunLockHolder(Environment.MachineName, Environment.ProcessId, time.GetUtcNow());
        try
        {
            WriteHolder(holderFile, holder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw Unusable(directory, ex);
        }

        return new JobRunLock(stream, lockFile, holderFile, holder);
    }

    /// <summary>Forgets the holder, then releases the lock (in that order: the next holder's note must survive).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(_holderFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale note is harmless: the next holder overwrites it.
        }

        _lock.Dispose();
    }

    private static FileStream Open(string directory, string lockFile, string job, string database, string holderFile)
    {
        try
        {
            Directory.CreateDirectory(directory);
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex.HResult is WouldBlock or SharingViolation)
        {
            throw new RunInProgressException(job, database, RunLockHolder.TryRead(holderFile), lockFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unusable(directory, ex);
        }
    }

    private static void WriteHolder(string path, RunLockHolder holder)
    {
        // Renamed into place: a refused run never reads half a note.
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, holder.ToJson());
        File.Move(temporary, path, overwrite: true);
    }

    private static ConfigurationException Unusable(string directory, Exception ex) =>
        new($"{Settings.StateDir} names {directory}, where the run lock cannot be kept: {ex.Message}");
}
