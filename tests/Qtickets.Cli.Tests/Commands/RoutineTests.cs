using Qtickets.ClickHouse.Testing;
using Qtickets.Simulator;
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
    public async Task Smoke_runs_the_loader_as_a_child_and_proves_no_table_changed()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);

        var run = await CliRunner.RunAsync("smoke", "--ch-env", chEnv);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("loader exit code: 0", run.Output, StringComparison.Ordinal);
        Assert.Contains($"tables of {db.Name}: 14 before, 14 after, 0 changed", run.Output, StringComparison.Ordinal);
        Assert.Contains("nothing written", run.Output, StringComparison.Ordinal);
        Assert.Contains("run --env-file", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_right_after_a_real_run_passes()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        await using var simulator = await SimulatorServer.StartAsync(new SimulatorOptions { Orders = 300, Events = 6 }, null, CancellationToken.None);
        var load = await CliRunner.RunAsync("run", "--env-file", SimulatorEnvFile.Write(_temp, simulator), "--ch-env", chEnv);

        var smoke = await CliRunner.RunAsync("smoke", "--ch-env", chEnv);

        Assert.True(load.ExitCode == 0, load.All);
        Assert.True(smoke.ExitCode == 0, smoke.All);
        Assert.Contains("0 changed", smoke.Output, StringComparison.Ordinal);
        Assert.Equal(1, await db.Admin.QueryScalarAsync<long>(
            "SELECT count() FROM meta_job_runs WHERE status = 'ok' AND started_at >= now() - 300", CancellationToken.None));
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
}
