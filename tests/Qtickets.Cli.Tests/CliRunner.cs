using Spectre.Console.Testing;

namespace Qtickets.Cli.Tests;

/// <summary>Runs the command line in-process: arguments in, exit code, standard output and standard error out.</summary>
internal static class CliRunner
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new TestConsole().Width(250);
        var errors = new TestConsole().Width(250);
        var exitCode = await QticketsApp.RunAsync(args, output, errors);
        return new CliRun(exitCode, output.Output, errors.Output);
    }
}
