using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Commands;

public sealed class RoutineTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Bootstrap_twice_in_a_row_succeeds_both_times()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);

        var first = await CliRunner.RunAsync("bootstrap", "--ch-env", chEnv);
        var second = await CliRunner.RunAsync("bootstrap", "--ch-env", chEnv);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("meta_job_runs rows: 0", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_runs_the_loader_as_a_child_and_proves_nothing_was_written()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);

        var (exitCode, output) = await CliRunner.RunAsync("smoke", "--ch-env", chEnv);

        Assert.Equal(0, exitCode);
        Assert.Contains("loader exit code: 0", output, StringComparison.Ordinal);
        Assert.Contains("meta_job_runs before: 0, after: 0", output, StringComparison.Ordinal);
        Assert.Contains("nothing written", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_fails_when_the_job_never_ran()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);

        var (exitCode, output) = await CliRunner.RunAsync("status", "--ch-env", chEnv);

        Assert.Equal(3, exitCode);
        Assert.Contains("stale", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_fails_when_the_last_run_failed()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await db.Admin.ExecuteAsync(
            "INSERT INTO meta_job_runs (job, run_id, started_at, finished_at, status, rows_processed, message, metrics) SELECT 'qtickets_api', generateUUIDv4(), now() - 60, now(), 'error', 0, '{}', '{}'",
            CancellationToken.None);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);

        var (exitCode, output) = await CliRunner.RunAsync("status", "--ch-env", chEnv);

        Assert.Equal(3, exitCode);
        Assert.Contains("the last run failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_is_healthy_after_a_recent_ok_run()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await db.Admin.ExecuteAsync(
            "INSERT INTO meta_job_runs (job, run_id, started_at, finished_at, status, rows_processed, message, metrics) SELECT 'qtickets_api', generateUUIDv4(), now() - 60, now(), 'ok', 10, '{}', '{}'",
            CancellationToken.None);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);

        var (exitCode, output) = await CliRunner.RunAsync("status", "--ch-env", chEnv);

        Assert.Equal(0, exitCode);
        Assert.Contains("healthy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_runs_the_whole_routine_and_writes_a_report_with_its_checks()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        var report = Path.Combine(_temp.Path, "verify.md");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(RepositoryPaths.Root);
        try
        {
            var (exitCode, output) = await CliRunner.RunAsync("verify", "--ch-env", chEnv, "--report", report);

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        var markdown = await File.ReadAllTextAsync(report);
        Assert.Contains("verdict: **PASSED**", markdown, StringComparison.Ordinal);
        Assert.Contains("- [x] smoke: the dry run exited 0", markdown, StringComparison.Ordinal);
        Assert.Contains("- [x] the API client's GET path and POST fallback tests pass", markdown, StringComparison.Ordinal);
        Assert.Contains("- [ ] live run", markdown, StringComparison.Ordinal);
        Assert.Contains("| `SELECT count() FROM meta_job_runs` | 0 | 0 | yes |", markdown, StringComparison.Ordinal);
        Assert.Contains("`v_qtickets_sales_dashboard`", markdown, StringComparison.Ordinal);
    }
}
