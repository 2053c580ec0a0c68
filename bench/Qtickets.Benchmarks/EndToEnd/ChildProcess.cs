using System.Diagnostics;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// Runs <c>dotnet &lt;dll&gt; args</c> as a child process (so its memory is its own), with a clean environment: every
/// QTickets and ClickHouse variable of the benchmark's own environment is removed, so only the files passed decide.
/// Output goes to a log file; the peak RSS and the CPU time are sampled every 20 ms (so the CPU time misses at most the last 20 ms).
/// </summary>
internal static class ChildProcess
{
    private static readonly string[] ClearedPrefixes = ["QTICKETS_", "CLICKHOUSE_", "CH_", "ORG_NAME", "DRY_RUN", "LOG_LEVEL", "JOB_NAME", "TZ", "REPORT_TZ"];
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);

    public static Task<ChildOutcome> RunAsync(string dll, IReadOnlyList<string> args, string logFile, CancellationToken cancellationToken) =>
        RunAsync(dll, args, new Dictionary<string, string>(), logFile, cancellationToken);

    /// <summary>Runs the child with <paramref name="environment"/> set for it alone (experiments such as <c>DOTNET_TieredPGO=0</c>).</summary>
    public static async Task<ChildOutcome> RunAsync(
        string dll, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, string logFile, CancellationToken cancellationToken)
    {
        var start = StartInfo(dll, args, environment);
        var output = new List<string>();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start dotnet {dll}");
        var stdout = CollectAsync(process.StandardOutput, output);
        var stderr = CollectAsync(process.StandardError, output);
        var exited = process.WaitForExitAsync(CancellationToken.None);
        long peak = 0;
        var cpu = TimeSpan.Zero;
        try
        {
            while (!exited.IsCompleted)
            {
                peak = Math.Max(peak, ProcessMemory.PeakResidentBytes(process.Id) ?? 0);
                cpu = ProcessMemory.CpuTime(process.Id) is { } used && used > cpu ? used : cpu;
                await Task.WhenAny(exited, Task.Delay(SampleInterval, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await exited.ConfigureAwait(false);
        watch.Stop();
        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
        await File.WriteAllLinesAsync(logFile, output, cancellationToken).ConfigureAwait(false);
        return new ChildOutcome(process.ExitCode, watch.Elapsed, peak, cpu, logFile, output);
    }

    /// <summary><c>dotnet dll args</c> with output redirected and the clean environment described above.</summary>
    public static ProcessStartInfo StartInfo(string dll, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(key => ClearedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static async Task CollectAsync(StreamReader reader, List<string> output)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }
}
