using Qtickets.Cli.Infrastructure;

namespace Qtickets.Cli.Tests.Infrastructure;

public sealed class ChildCommandTests
{
    [Fact]
    public void The_command_line_reads_as_a_shell_would_take_it()
    {
        var command = new ChildCommand("/usr/bin/dotnet", ["test", "/tmp/a b/x.csproj", "--logger", "trx;LogFileName=r.trx", "it's"])
        {
            Environment = new Dictionary<string, string> { ["TZ"] = "Europe/Moscow", ["A"] = "1 2" },
            WorkingDirectory = "/work/repo",
        };

        Assert.Equal(
            "cd /work/repo && A='1 2' TZ=Europe/Moscow /usr/bin/dotnet test '/tmp/a b/x.csproj' --logger 'trx;LogFileName=r.trx' 'it'\\''s'",
            command.Display());
    }

    [Fact]
    public async Task A_child_gets_the_environment_and_the_working_directory_it_is_given()
    {
        var command = new ChildCommand("/bin/sh", ["-c", "echo \"$QTICKETS_PROBE\"; pwd; echo oops >&2"])
        {
            Environment = new Dictionary<string, string> { ["QTICKETS_PROBE"] = "seen" },
            WorkingDirectory = "/",
        };

        var result = await ChildProcess.RunAsync(command, TimeProvider.System, CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["seen", "/"], result.Output);
        Assert.Equal(["oops"], result.Log);
        Assert.Equal(3, result.Lines.Count);
    }

    [Theory]
    [InlineData(null, false, LogFormat.Text)]
    [InlineData(null, true, LogFormat.Json)]
    [InlineData("json", false, LogFormat.Json)]
    [InlineData("TEXT", true, LogFormat.Text)]
    public void A_childs_log_is_text_on_a_terminal_and_json_when_redirected_unless_configured(string? configured, bool redirected, LogFormat expected)
    {
        Assert.Equal(expected, LoggingSetup.Choose(configured, redirected));
    }
}
