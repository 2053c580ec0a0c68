using Microsoft.Extensions.Time.Testing;
using Qtickets.Cli.Locking;
using Qtickets.Configuration;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Locking;

/// <summary>The run lock on real files: flock is per open file, so two acquisitions in one process conflict like two processes.</summary>
public sealed class JobRunLockTests : IDisposable
{
    private static readonly DateTimeOffset Started = new(2025, 11, 3, 6, 15, 0, TimeSpan.Zero);

    private readonly TempDirectory _state = new();
    private readonly FakeTimeProvider _time = new(Started);

    public void Dispose() => _state.Dispose();

    private JobRunLock CreateSut(string job = "qtickets_api", string database = "zakaz") =>
        JobRunLock.Acquire(_state.Path, job, database, _time);

    [Fact]
    public void A_second_run_of_the_job_is_refused_with_the_host_pid_and_start_of_the_first()
    {
        using var first = CreateSut();

        var refused = Assert.Throws<RunInProgressException>(() => CreateSut());

        Assert.Equal(new RunLockHolder(Environment.MachineName, Environment.ProcessId, Started), refused.Holder);
        Assert.Equal(first.LockFile, refused.LockFile);
        Assert.Contains($"host {Environment.MachineName}, pid {Environment.ProcessId}, started 2025-11-03 09:15:00 (Moscow)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("job 'qtickets_api' (database zakaz) is already running", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_released_the_next_run_takes_it()
    {
        CreateSut().Dispose();

        using var next = CreateSut();

        Assert.Equal(Environment.ProcessId, next.Holder.Pid);
    }

    [Fact]
    public void Another_job_or_the_same_job_on_another_database_is_not_blocked()
    {
        using var first = CreateSut();

        using var otherJob = CreateSut(job: "qtickets_api_backfill");
        using var otherDatabase = CreateSut(database: "zakaz_test");

        Assert.NotEqual(first.LockFile, otherJob.LockFile);
        Assert.NotEqual(first.LockFile, otherDatabase.LockFile);
    }

    [Fact]
    public void Files_left_by_a_killed_run_do_not_block_the_next_one()
    {
        // What SIGKILL leaves: the lock file (its flock went with the process) and the holder's note.
        var lockFile = _state.Write("run-qtickets_api@zakaz.lock", string.Empty);
        _state.Write("run-qtickets_api@zakaz.holder", new RunLockHolder("gone-host", 999_999, Started.AddDays(-1)).ToJson());

        using var next = CreateSut();

        Assert.Equal(lockFile, next.LockFile);
        Assert.Equal(next.Holder, RunLockHolder.TryRead(Path.ChangeExtension(lockFile, ".holder")));
    }

    [Fact]
    public void Releasing_removes_the_holders_note()
    {
        var holderFile = Path.Combine(_state.Path, "run-qtickets_api@zakaz.holder");
        var sut = CreateSut();
        Assert.True(File.Exists(holderFile));

        sut.Dispose();

        Assert.False(File.Exists(holderFile));
    }

    [Fact]
    public void A_missing_state_directory_is_created()
    {
        var nested = Path.Combine(_state.Path, "var", "lib", "qtickets");

        using var sut = JobRunLock.Acquire(nested, "qtickets_api", "zakaz", _time);

        Assert.True(File.Exists(sut.LockFile));
    }

    [Fact]
    public void A_state_directory_that_cannot_be_created_is_a_configuration_error_naming_the_setting()
    {
        var file = _state.Write("not-a-directory", "x");

        var error = Assert.Throws<ConfigurationException>(() => JobRunLock.Acquire(Path.Combine(file, "state"), "qtickets_api", "zakaz", _time));

        Assert.Contains("QTICKETS_STATE_DIR", error.Message, StringComparison.Ordinal);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holder_who_has_not_written_its_note_yet_is_still_refused_and_said_so()
    {
        using var first = CreateSut();
        File.Delete(Path.ChangeExtension(first.LockFile, ".holder"));

        var refused = Assert.Throws<RunInProgressException>(() => CreateSut());

        Assert.Null(refused.Holder);
        Assert.Contains("has not yet written its host and pid", refused.Message, StringComparison.Ordinal);
    }
}
