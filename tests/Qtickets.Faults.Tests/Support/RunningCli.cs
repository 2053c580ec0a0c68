using System.Diagnostics;

namespace Qtickets.Faults.Tests.Support;

/// <summary>A <c>qtickets</c> child process in flight: its output is collected line by line until it exits.</summary>
internal sealed class RunningCli : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _description;
    private readonly List<string> _output = [];
    private readonly List<string> _log = [];

    private RunningCli(Process process, string description)
    {
        _process = process;
        _description = description;
    }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Standard output so far (results, and the lines a long-running command prints once it serves).</summary>
    public IReadOnlyList<string> OutputSoFar
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Standard error so far (the child logs there, one line per event).</summary>
    public IReadOnlyList<string> LogSoFar
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    public static RunningCli Start(ProcessStartInfo start, string description)
    {
        var child = new RunningCli(new Process { StartInfo = start }, description);
        child._process.OutputDataReceived += (_, e) => Append(child._output, e.Data);
        child._process.ErrorDataReceived += (_, e) => Append(child._log, e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    public async Task<CliResult> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"qtickets {_description} did not exit within {Limit.TotalSeconds} s");
        }

        // The parameterless wait drains the redirected streams after the asynchronous wait returned.
        _process.WaitForExit();
        lock (_output)
        {
            lock (_log)
            {
                return new CliResult(_process.ExitCode, [.. _output], [.. _log]);
            }
        }
    }

    /// <summary>SIGTERM, as <c>docker stop</c> or <c>systemctl stop</c> send it: the process may finish what it has in hand.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            ?? throw new InvalidOperationException("could not run kill");
        await kill.WaitForExitAsync();
    }

    /// <summary>SIGKILL, as the OOM killer or <c>kill -9</c> would: the process gets no chance to clean up.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    public void Dispose() => _process.Dispose();

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
