using System.Diagnostics;

namespace Qtickets.Cli.Infrastructure;

/// <summary>Runs a program without a shell and captures its output line by line; killed with its tree on cancellation.</summary>
public static class ChildProcess
{
    public static async Task<ChildProcessResult> RunAsync(ChildCommand command, TimeProvider time, CancellationToken cancellationToken)
    {
        var output = new List<string>();
        var log = new List<string>();
        var lines = new List<string>();
        var started = time.GetTimestamp();
        using var process = new Process { StartInfo = command.StartInfo() };
        process.OutputDataReceived += (_, e) => Append(output, lines, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, lines, e.Data);
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
        lock (lines)
        {
            return new ChildProcessResult(process.ExitCode, [.. output], [.. log], time.GetElapsedTime(started)) { Lines = [.. lines] };
        }
    }

    private static void Append(List<string> stream, List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        // One lock for both lists: the combined list keeps the order in which lines arrived.
        lock (lines)
        {
            stream.Add(line);
            lines.Add(line);
        }
    }
}
