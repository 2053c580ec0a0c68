using Qtickets.ClickHouse.Testing;
using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Commands;

public sealed class RunCommandTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task An_api_that_is_down_exits_1_and_leaves_an_error_row()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var chEnv = ChEnvFile.Write(_temp, clickHouse, db.Name);
        var env = _temp.Write("down.env", "QTICKETS_TOKEN=tok-SECRET-0123456789\nQTICKETS_BASE_URL=http://127.0.0.1:9/api/rest/v1\nORG_NAME=o\nQTICKETS_MAX_RETRIES=0\n");

        var (exitCode, output) = await CliRunner.RunAsync("run", "--env-file", env, "--ch-env", chEnv);

        Assert.Equal(1, exitCode);
        Assert.Contains("error row is in meta_job_runs", output, StringComparison.Ordinal);
        Assert.Equal(1, await db.Admin.QueryScalarAsync<long>("SELECT count() FROM meta_job_runs WHERE status = 'error'", CancellationToken.None));
        Assert.DoesNotContain("tok-SECRET-0123456789", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_clickhouse_exits_1_and_says_no_error_row_could_be_written()
    {
        var chEnv = _temp.Write("ch.env", "CLICKHOUSE_HOST=127.0.0.1\nCLICKHOUSE_PORT=9\nCLICKHOUSE_DB=zakaz\nCLICKHOUSE_USER=etl_writer\n");
        var env = _temp.Write("app.env", "QTICKETS_TOKEN=tok-0123456789abcdef\nQTICKETS_BASE_URL=http://127.0.0.1:9/api/rest/v1\nORG_NAME=o\n");

        var (exitCode, output) = await CliRunner.RunAsync("run", "--env-file", env, "--ch-env", chEnv);

        Assert.Equal(1, exitCode);
        Assert.Contains("no error row could be written", output, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:9", output, StringComparison.Ordinal);
    }
}
