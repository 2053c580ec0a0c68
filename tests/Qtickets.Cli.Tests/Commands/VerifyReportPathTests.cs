using Qtickets.ClickHouse.Schema;
using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Commands;

/// <summary>
/// verify resets the database in its first step: a report it cannot write must stop it before that step, not after
/// every step (the Docker image whose mounted reports/ belonged to another user reset the stack, then died).
/// </summary>
public sealed class VerifyReportPathTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_report_path_that_cannot_be_written_exits_2_naming_it_before_any_step_and_the_database_is_untouched()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await db.Admin.ExecuteAsync(
            $"INSERT INTO {db.Name}.{SchemaObjects.JobRuns} (job, status, started_at, finished_at) VALUES ('marker', 'ok', now(), now())",
            CancellationToken.None);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        // A directory under a regular file cannot be created by anyone, root included: tests may run as root in CI,
        // where a read-only mode (chmod) would not stop the write and the test could not fail.
        var blocker = _temp.Write("not-a-directory", "a regular file");
        var report = Path.Combine(blocker, "reports", "verify.md");

        var run = await CliRunner.RunAsync("verify", "--ch-env", chEnv, "--report", report, "--skip", "build,load,tests");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot write the report to {report}", run.Errors, StringComparison.Ordinal);
        Assert.Contains("nothing was run, the database is untouched", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Reset", run.Output, StringComparison.Ordinal);
        Assert.Equal(1, await db.CountAsync(SchemaObjects.JobRuns));
    }

    [Fact]
    public async Task The_report_is_claimed_before_the_first_step_and_then_holds_the_whole_report()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        var report = Path.Combine(_temp.Path, "new", "dir", "verify.md");

        var run = await CliRunner.RunAsync("verify", "--ch-env", chEnv, "--report", report, "--skip", "smoke,build,load,tests,status");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.StartsWith("# qtickets verify: stack reset and verify", await File.ReadAllTextAsync(report), StringComparison.Ordinal);
    }
}
