using System.Diagnostics;
using System.Reflection;
using Qtickets.Configuration;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// Runs the built <c>qtickets</c> program (copied next to the tests by the project reference) as a child process,
/// as a scheduler would. The child sees none of the loader's settings from this process's environment: only the
/// environment passed to <see cref="RunAsync"/> and the files named in the arguments configure it.
/// </summary>
internal static class Cli
{
    private static readonly string[] SettingNames = [.. typeof(Settings)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null))
        .OfType<SettingName>()
        .SelectMany(n => n.AllNames)];

    public static async Task<CliResult> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var child = Start(arguments, environment);
        return await child.WaitAsync();
    }

    /// <summary>Starts the program and returns at once; the caller waits for it or kills it.</summary>
    public static RunningCli Start(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        RunningCli.Start(StartInfo(arguments, environment), string.Join(' ', arguments));

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "qtickets.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in SettingNames)
        {
            start.Environment.Remove(name);
        }

        start.Environment["QTICKETS_LOG_FORMAT"] = "json";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
