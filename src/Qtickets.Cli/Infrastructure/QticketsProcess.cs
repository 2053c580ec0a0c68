using System.Diagnostics;
using System.Reflection;

namespace Qtickets.Cli.Infrastructure;

/// <summary>
/// Runs this same program as a child process (the smoke test of the routine runs the loader exactly as the
/// scheduler would, in its own process). Output is captured line by line; nothing is passed through a shell.
/// </summary>
public static class QticketsProcess
{
    public static async Task<ChildProcessResult> RunAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, TimeProvider time, CancellationToken cancellationToken)
    {
        var start = StartInfo(arguments, environment);
        var output = new List<string>();
        var log = new List<string>();
        var started = time.GetTimestamp();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        // The parameterless wait drains the redirected streams after the asynchronous wait returned.
        process.WaitForExit();
        return new ChildProcessResult(process.ExitCode, Snapshot(output), Snapshot(log), time.GetElapsedTime(started));
    }

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var entry = Assembly.GetEntryAssembly()?.Location;
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Under `dotnet qtickets.dll` the host is dotnet and the program its first argument; an apphost runs itself.
        if (entry is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(entry);
        }

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

    private static void Append(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }
    }

    private static List<string> Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }
}
