using System.Diagnostics;

namespace Qtickets.Cli.Infrastructure;

/// <summary>Runs a program without a shell and captures its output line by line; killed with its tree on cancellation.</summary>
public static class ChildProcess
{
    public static ProcessStartInfo StartInfo(string program) => new(program)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };

    public static async Task<ChildProcessResult> RunAsync(ProcessStartInfo start, TimeProvider time, CancellationToken cancellationToken)
    {
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
