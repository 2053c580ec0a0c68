using Qtickets.ClickHouse.Schema;
using Qtickets.ClickHouse.Testing;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Simulator;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Commands;

public sealed class VerifyCommandTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string ReportPath => Path.Combine(_temp.Path, "verify.md");

    [Fact]
    public async Task A_failing_operator_routine_test_added_to_the_sources_fails_verify_and_the_report_names_it()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        var canary = CanaryTestProject.Create(_temp.Path);
        // A build older than the sources: reusing it (the old --no-build shortcut) would report a pass.
        await canary.BuildAsync();
        canary.WriteTest("ChangedTests", "A_test_changed_in_the_sources_to_fail", "Assert.Fail(\"the sources changed\");");

        var run = await CliRunner.RunAsync("verify", "--ch-env", chEnv, "--report", ReportPath,
            "--tests-project", canary.ProjectFile, "--skip", "build,load");

        Assert.Equal(3, run.ExitCode);
        var report = await File.ReadAllTextAsync(ReportPath);
        Assert.Contains("- verdict: **FAILED**: tests FAILED; skipped by the operator: build, load, checks, status", report, StringComparison.Ordinal);
        Assert.Contains("| tests | test Canary.ChangedTests.A_test_changed_in_the_sources_to_fail | Passed | Failed | **FAILED** |", report, StringComparison.Ordinal);
        Assert.Contains("| tests | test Canary.PassingTests.The_routine_test_that_passes | Passed | Passed | passed |", report, StringComparison.Ordinal);
        Assert.Matches(@"FAILED Canary\.ChangedTests\.A_test_changed_in_the_sources_to_fail: .*the sources changed", report);
    }

    [Fact]
    public async Task Live_loads_from_the_api_of_the_env_file_checks_it_and_keeps_that_data()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        await using var api = await SimulatorServer.StartAsync(
            new SimulatorOptions { Orders = 600, Events = 8, Token = "live-token-0123456789abcdef" }, null, CancellationToken.None);

        var run = await CliRunner.RunAsync("verify", "--live", "--env-file", SimulatorEnvFile.Write(_temp, api), "--ch-env", chEnv,
            "--report", ReportPath, "--skip", "build,tests");

        Assert.True(run.ExitCode == 0, run.All);
        var report = await File.ReadAllTextAsync(ReportPath);
        Assert.Contains($"- loaded from: the QTickets API at {api.RestBaseUri}", report, StringComparison.Ordinal);
        Assert.Contains("- loaded data: the live load stays in", report, StringComparison.Ordinal);
        Assert.Equal(["reset", "bootstrap", "smoke", "load", "checks", "status"], VerifyReports.StepsPassed(report));
        Assert.DoesNotContain("| cleanup |", report, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Token, report, StringComparison.Ordinal);
        Assert.Equal(1, await db.CountAsync(SchemaObjects.JobRuns));
    }

    [Fact]
    public async Task Where_neither_sources_nor_tests_are_the_build_and_the_tests_cannot_run_and_the_verdict_is_INCOMPLETE()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var options = Options(db.Name) with { Checkout = null, Skip = new HashSet<string> { "load" } };

        var report = await VerifyRun.ExecuteAsync(options, TimeProvider.System, _ => { }, CancellationToken.None);

        Assert.Equal(Verdict.Incomplete, report.Verdict);
        Assert.Equal("INCOMPLETE: build cannot run here, tests cannot run here; skipped by the operator: load, checks, status", report.VerdictLine);
        Assert.Contains("no source checkout", report.Steps.Single(s => s.Name == "build").Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_the_operator_skips_by_name_are_recorded_as_skipped_and_do_not_make_it_incomplete()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var options = Options(db.Name) with { Checkout = null, Skip = new HashSet<string> { "build", "load", "tests" } };

        var report = await VerifyRun.ExecuteAsync(options, TimeProvider.System, _ => { }, CancellationToken.None);

        Assert.Equal(Verdict.Passed, report.Verdict);
        Assert.Equal("PASSED: every step that ran passed; skipped by the operator: build, load, checks, tests, status", report.VerdictLine);
        Assert.Equal(StepOutcome.SkippedByOperator, report.Steps.Single(s => s.Name == "tests").Outcome);
        Assert.Contains("--skip tests", report.Steps.Single(s => s.Name == "tests").Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stub_env_file_for_a_live_load_fails_the_load_and_verify_exits_3()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);

        var run = await CliRunner.RunAsync("verify", "--live", "--env-file", RepositoryPaths.File("configs", "qtickets_api.sample.env"),
            "--ch-env", chEnv, "--report", ReportPath, "--skip", "build,tests");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("means stub mode (DRY_RUN=true)", await File.ReadAllTextAsync(ReportPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_clickhouse_fails_the_reset_and_the_report_shows_what_the_reset_command_printed()
    {
        var chEnv = _temp.Write("down.env", "CLICKHOUSE_HOST=127.0.0.1\nCLICKHOUSE_PORT=9\nCLICKHOUSE_DB=zakaz\nCLICKHOUSE_USER=u\nCLICKHOUSE_PASSWORD=pw-0123456789abcdef\n");

        var run = await CliRunner.RunAsync("verify", "--ch-env", chEnv, "--report", ReportPath);

        Assert.Equal(3, run.ExitCode);
        var report = await File.ReadAllTextAsync(ReportPath);
        Assert.Contains("- verdict: **FAILED**: reset FAILED", report, StringComparison.Ordinal);
        Assert.Contains("ClickHouse unknown (unreachable)", report, StringComparison.Ordinal);
        Assert.Matches(@"- `[^`]*qtickets\.dll reset --yes --ch-env [^`]*` exited 1", report);
        Assert.Contains("error: ClickHouse at http://127.0.0.1:9 could not be reached", report, StringComparison.Ordinal);
        Assert.Contains("| 2 | Bootstrap: apply the schema, every object it defines in place | not run |", report, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-0123456789abcdef", report, StringComparison.Ordinal);
    }

    private VerifyOptions Options(string database) =>
        new(ClickHouseSettingsParser.Parse(SettingsLayers.Create(clickHouseEnvFile: ChEnvFile.Write(_temp, clickHouse, database)), "test"), "qtickets_api");
}
