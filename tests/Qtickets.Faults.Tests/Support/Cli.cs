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
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private static readonly string[] SettingNames = [.. typeof(Settings)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null))
        .OfType<SettingName>()
        .SelectMany(n => n.AllNames)];

    public static async Task<CliResult> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = new Process { StartInfo = StartInfo(arguments, environment) };
        var output = new List<string>();
        var log = new List<string>();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"qtickets {string.Join(' ', arguments)} did not exit within {Limit.TotalSeconds} s");
        }

        // The parameterless wait drains the redirected streams after the asynchronous wait returned.
        process.WaitForExit();
        lock (output)
        {
            lock (log)
            {
                return new CliResult(process.ExitCode, [.. output], [.. log]);
            }
        }
    }

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

    private static void Append(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
