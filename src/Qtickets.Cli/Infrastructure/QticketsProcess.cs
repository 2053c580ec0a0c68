using System.Diagnostics;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Runs this same program as a child process (the smoke test of the routine runs the loader exactly as the
/// scheduler would, in its own process). Output is captured line by line; nothing is passed through a shell.
/// </summary>
public static class QticketsProcess
{
    public static Task<ChildProcessResult> RunAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, TimeProvider time, CancellationToken cancellationToken) =>
        ChildProcess.RunAsync(StartInfo(arguments, environment), time, cancellationToken);

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        // Always `dotnet qtickets.dll`: this assembly is the program, whether we run as the CLI or inside a test host.
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = ChildProcess.StartInfo(host);
        start.ArgumentList.Add(typeof(QticketsProcess).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["QTICKETS_LOG_FORMAT"] = "json";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
