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
    public async Task No_command_prints_the_commands_on_standard_error_and_exits_2()
    {
        var run = await CliRunner.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        foreach (var command in new[] { "run", "bootstrap", "smoke", "reset", "verify", "status", "simulate", "clickhouse", "demo" })
        {
            Assert.Contains(command, run.Errors, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Version_prints_the_version_the_build_stamped()
    {
        var run = await CliRunner.RunAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ProgramVersion.Current.Text, run.Output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output.Trim());
    }

    [Theory]
    [InlineData("--since-hours", "abc")]
    [InlineData("--max-concurrency", "4x")]
    public async Task A_flag_value_that_is_not_a_whole_number_is_named_as_such_on_standard_error(string flag, string value)
    {
        var run = await CliRunner.RunAsync("run", flag, value, "--dry-run");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{flag}: '{value}' is not a whole number", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", run.Errors, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_flag_value_given_with_an_equals_sign_is_named_too()
    {
        var run = await CliRunner.RunAsync("run", "--since-hours=abc", "--dry-run");

        Assert.Contains("--since-hours: 'abc' is not a whole number", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_and_refusals_go_to_standard_error_and_leave_standard_output_empty()
    {
        var missing = await CliRunner.RunAsync("run", "--env-file", Path.Combine(_temp.Path, "absent.env"));
        var refused = await CliRunner.RunAsync("smoke", "--env-file", _temp.Write("live.env", "DRY_RUN=false\n"));

        Assert.Contains("does not exist", missing.Errors, StringComparison.Ordinal);
        Assert.Empty(missing.Output);
        Assert.Contains("refused", refused.Errors, StringComparison.Ordinal);
        Assert.Empty(refused.Output);
    }

    [Fact]
    public async Task Verify_names_the_steps_that_can_be_skipped_when_asked_to_skip_another()
    {
        var run = await CliRunner.RunAsync("verify", "--skip", "tests,reset");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--skip: unknown step 'reset'; steps that can be skipped: smoke, build, load, tests, status", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_live_without_an_env_file_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("verify", "--live");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--live needs --env-file", run.Errors, StringComparison.Ordinal);
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
