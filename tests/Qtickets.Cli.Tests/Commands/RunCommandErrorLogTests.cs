using Qtickets.ClickHouse.Testing;
using Qtickets.Cli.Infrastructure;
using Qtickets.TestUtilities;
using Qtickets.Processes;

namespace Qtickets.Cli.Tests.Commands;

/// <summary>The run as the scheduler runs it: a child process whose log is JSON lines on standard error.</summary>
public sealed class RunCommandErrorLogTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_failed_run_logs_an_error_level_line_with_the_error_and_says_it_failed_on_standard_error()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        var env = _temp.Write("down.env", "QTICKETS_TOKEN=tok-0123456789abcdef\nQTICKETS_BASE_URL=http://127.0.0.1:9/api/rest/v1\nORG_NAME=o\nQTICKETS_MAX_RETRIES=0\n");

        var result = await ChildProcess.RunAsync(
            QticketsProcess.Command(["run", "--env-file", env, "--ch-env", chEnv], LogFormat.Json), TimeProvider.System, CancellationToken.None);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Log, l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) && l.Contains("run failed", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1:9", error, StringComparison.Ordinal);
        Assert.Contains("its error row is in meta_job_runs", error, StringComparison.Ordinal);
        Assert.Contains(result.Log, l => l.Contains("the run failed; its error row is in meta_job_runs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Output, l => l.Contains("the run failed", StringComparison.Ordinal));
    }
}
