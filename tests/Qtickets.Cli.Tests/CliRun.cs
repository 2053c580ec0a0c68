namespace Qtickets.Cli.Tests;

/// <summary>What an in-process command line run printed: results on standard output, errors and usage on standard error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    public string All => Output + Errors;

    /// <summary>Exit code and everything printed, for tests that do not care which stream a line went to.</summary>
    public void Deconstruct(out int exitCode, out string all)
    {
        exitCode = ExitCode;
        all = All;
    }
}
