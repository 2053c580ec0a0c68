using Qtickets.TestUtilities;

namespace Qtickets.Cli.Tests.Commands;

public sealed class UsageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Help_lists_every_command_of_the_spec()
    {
        var (exitCode, output) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exitCode);
        foreach (var command in new[] { "run", "bootstrap", "smoke", "reset", "verify", "status", "simulate", "clickhouse", "demo" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var (exitCode, output) = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("frobnicate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_flag_is_a_usage_error_not_silently_ignored()
    {
        var (exitCode, output) = await CliRunner.RunAsync("run", "--dryrun");

        Assert.Equal(2, exitCode);
        Assert.Contains("dryrun", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_with_a_non_numeric_port_exits_2_naming_the_setting()
    {
        var env = _temp.Write("bad.env", "QTICKETS_TOKEN=tok-0123456789abcdef\nQTICKETS_BASE_URL=http://127.0.0.1:9/api/rest/v1\nORG_NAME=o\nCLICKHOUSE_HOST=127.0.0.1\nCLICKHOUSE_PORT=eighty\nCLICKHOUSE_DB=zakaz\nCLICKHOUSE_USER=u\n");

        var (exitCode, output) = await CliRunner.RunAsync("run", "--env-file", env);

        Assert.Equal(2, exitCode);
        Assert.Contains("CLICKHOUSE_PORT", output, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-0123456789abcdef", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_with_a_missing_env_file_exits_2()
    {
        var (exitCode, output) = await CliRunner.RunAsync("run", "--env-file", Path.Combine(_temp.Path, "absent.env"));

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_of_the_earlier_stacks_sample_exits_0_in_stub_mode()
    {
        var (exitCode, output) = await CliRunner.RunAsync("run", "--env-file", RepositoryPaths.File("configs", "qtickets_api.sample.env"));

        Assert.Equal(0, exitCode);
        Assert.Contains("stub", output, StringComparison.Ordinal);
        Assert.Contains("nothing written", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_refuses_a_configuration_that_is_not_a_dry_run()
    {
        var env = _temp.Write("live.env", "DRY_RUN=false\nQTICKETS_TOKEN=t\nCLICKHOUSE_HOST=127.0.0.1\nCLICKHOUSE_PORT=9\nCLICKHOUSE_DB=zakaz\nCLICKHOUSE_USER=u\n");

        var (exitCode, output) = await CliRunner.RunAsync("smoke", "--env-file", env);

        Assert.Equal(2, exitCode);
        Assert.Contains("DRY_RUN=true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_without_yes_explains_and_changes_nothing()
    {
        var env = _temp.Write("ch.env", "CLICKHOUSE_HOST=127.0.0.1\nCLICKHOUSE_PORT=9\nCLICKHOUSE_DB=zakaz\nCLICKHOUSE_USER=u\n");

        var (exitCode, output) = await CliRunner.RunAsync("reset", "--ch-env", env);

        Assert.Equal(2, exitCode);
        Assert.Contains("--yes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_refuses_a_server_that_is_not_on_loopback_without_force()
    {
        var env = _temp.Write("ch.env", "CLICKHOUSE_HOST=ch-zakaz\nCLICKHOUSE_PORT=8123\nCLICKHOUSE_DB=zakaz\nCLICKHOUSE_USER=u\n");

        var (exitCode, output) = await CliRunner.RunAsync("reset", "--yes", "--ch-env", env);

        Assert.Equal(2, exitCode);
        Assert.Contains("--force", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since-hours", "0")]
    [InlineData("--max-concurrency", "99")]
    public async Task Run_rejects_flag_values_out_of_range(string flag, string value)
    {
        var (exitCode, output) = await CliRunner.RunAsync("run", flag, value, "--dry-run");

        Assert.Equal(2, exitCode);
        Assert.Contains(flag, output, StringComparison.Ordinal);
    }
}
