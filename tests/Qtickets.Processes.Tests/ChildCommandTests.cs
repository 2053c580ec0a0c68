namespace Qtickets.Processes.Tests;

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
    public void Variables_the_child_does_not_inherit_read_as_env_unset()
    {
        var command = new ChildCommand("dotnet", ["qtickets.dll", "run"])
        {
            Environment = new Dictionary<string, string> { ["QTICKETS_TOKEN"] = "t" },
            Unset = ["ORG_NAME", "QTICKETS_TOKEN", "CH_HOST"],
        };

        Assert.Equal("env -u CH_HOST -u ORG_NAME QTICKETS_TOKEN=t dotnet qtickets.dll run", command.Display());
    }
}
