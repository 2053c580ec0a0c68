using Spectre.Console.Testing;

namespace Qtickets.Cli.Tests;

/// <summary>Runs the command line in-process: arguments in, exit code and console output out.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole().Width(250);
        var exitCode = await QticketsApp.RunAsync(args, console);
        return (exitCode, console.Output);
    }
}
