namespace Qtickets.ClickHouse.Local;

/// <summary>
/// One start at a time per state directory, across processes (two terminals, a demo and a test run): an exclusive
/// lock on a file in the directory (.NET takes an advisory flock for <see cref="FileShare.None"/> on Unix).
/// </summary>
internal sealed class StartLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _file;

    private StartLock(FileStream file)
    {
        _file = file;
    }

    public static async Task<StartLock> AcquireAsync(string path, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            try
            {
                return new StartLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (time.GetElapsedTime(started) < timeout)
            {
                await Task.Delay(RetryInterval, time, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new LocalClickHouseException($"another start of {Path.GetDirectoryName(path)} did not finish within {timeout.TotalSeconds:0} s", innerException: ex);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
