using Qtickets.Processes;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// Runs <c>dotnet &lt;dll&gt; args</c> as a child process (so its memory is its own), with a clean environment: every
/// QTickets and ClickHouse variable of the benchmark's own environment is removed, so only the files passed decide.
/// Output goes to a log file; the peak RSS and the CPU time are sampled every 20 ms (so the CPU time misses at most the last 20 ms).
/// </summary>
internal static class MeasuredChild
{
    private static readonly string[] ClearedPrefixes = ["QTICKETS_", "CLICKHOUSE_", "CH_", "ORG_NAME", "DRY_RUN", "LOG_LEVEL", "JOB_NAME", "TZ", "REPORT_TZ"];
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);

    public static Task<ChildOutcome> RunAsync(string dll, IReadOnlyList<string> args, string logFile, CancellationToken cancellationToken) =>
        RunAsync(dll, args, new Dictionary<string, string>(), logFile, cancellationToken);

    /// <summary>Runs the child with <paramref name="environment"/> set for it alone (experiments such as <c>DOTNET_TieredPGO=0</c>).</summary>
    public static async Task<ChildOutcome> RunAsync(
        string dll, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, string logFile, CancellationToken cancellationToken)
    {
        var child = ChildProcess.Start(Command(dll, args, environment), TimeProvider.System);
        await using (child.ConfigureAwait(false))
        {
            long peak = 0;
            var cpu = TimeSpan.Zero;
            while (!child.HasExited)
            {
                peak = Math.Max(peak, ProcessMemory.PeakResidentBytes(child.Pid) ?? 0);
                cpu = ProcessMemory.CpuTime(child.Pid) is { } used && used > cpu ? used : cpu;
                await Task.WhenAny(child.Exited, Task.Delay(SampleInterval, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested(); // disposing the child kills it with its tree
            }

            var result = await child.WaitAsync(cancellationToken).ConfigureAwait(false);
            await File.WriteAllLinesAsync(logFile, result.Lines, cancellationToken).ConfigureAwait(false);
            return new ChildOutcome(result.ExitCode, result.Duration, peak, cpu, logFile, result.Lines);
        }
    }

    /// <summary><c>dotnet dll args</c> with the clean environment described above.</summary>
    public static ChildCommand Command(string dll, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment) =>
        new("dotnet", [dll, .. args])
        {
            Environment = environment,
            Unset = [.. System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
                .Where(key => ClearedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))],
        };
}
