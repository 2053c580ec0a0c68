using Qtickets.Processes;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// This same program, or a published copy of it, as a child process: the smoke test and the verify routine run
/// the loader and the other commands exactly as an operator or the scheduler would, each in its own process.
/// </summary>
public static class QticketsProcess
{
    public const string LogFormatVariable = "QTICKETS_LOG_FORMAT";

    /// <summary>Always <c>dotnet qtickets.dll</c>: this assembly is the program, whether it runs as the CLI or inside a test host.</summary>
    public static ChildCommand Command(IReadOnlyList<string> arguments, LogFormat logFormat) =>
        Published(ProgramDll, arguments, logFormat);

    /// <summary>This program with the log format it chooses itself (text on a terminal, JSON when redirected, unless configured).</summary>
    public static ChildCommand Command(IReadOnlyList<string> arguments) => new(DotnetHost(), [ProgramDll, .. arguments]);

    /// <summary>The program at <paramref name="dll"/> (e.g. the output of <c>scripts/publish.sh</c>).</summary>
    public static ChildCommand Published(string dll, IReadOnlyList<string> arguments, LogFormat logFormat) =>
        new(DotnetHost(), [dll, .. arguments])
        {
            Environment = new Dictionary<string, string> { [LogFormatVariable] = logFormat == LogFormat.Json ? "json" : "text" },
        };

    /// <summary>The <c>dotnet</c> that runs this process when there is one, so a child uses the same runtime.</summary>
    public static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static string ProgramDll => typeof(QticketsProcess).Assembly.Location;
}
