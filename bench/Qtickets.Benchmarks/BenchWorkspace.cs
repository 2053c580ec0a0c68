using System.Globalization;

namespace Qtickets.Benchmarks;

/// <summary>
/// What one benchmark run works with, the same for every command: the loader to measure (the published one, or
/// <c>--cli</c>), a log folder and a results file named by the run's start, and the benchmark's own ClickHouse state.
/// </summary>
internal sealed record BenchWorkspace(string Root, string CliDll, string Stamp, string LogDirectory)
{
    public string ClickHouseState => Path.Combine(Root, ".local", "bench-clickhouse");

    /// <summary>The workspace of a run starting now; null (and a line saying why) when the loader to measure is missing.</summary>
    public static async Task<BenchWorkspace?> OpenAsync(BenchOptions options, TextWriter output, TimeProvider time)
    {
        var root = Directory.GetCurrentDirectory();
        var cliDll = Path.GetFullPath(options.CliDll ?? Path.Combine(root, ".build", "bench", "cli", "qtickets.dll"));
        if (!File.Exists(cliDll))
        {
            await output.WriteLineAsync($"bench: the command-line program {cliDll} is missing; run ./bench.sh, which builds it").ConfigureAwait(false);
            return null;
        }

        var stamp = time.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var logDirectory = Directory.CreateDirectory(Path.Combine(root, ".local", "bench-logs", stamp)).FullName;
        return new BenchWorkspace(root, cliDll, stamp, logDirectory);
    }

    /// <summary>Writes the report under <c>.local/bench-results/</c> with the command line that made it; returns the file.</summary>
    public async Task<string> WriteResultAsync(string name, BenchOptions options, string report, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(Root, ".local", "bench-results")).FullName, $"{name}-{Stamp}.md");
        await File.WriteAllTextAsync(file, $"# ./bench.sh {string.Join(' ', options.Arguments)} ({Stamp})\n\n{report}", cancellationToken).ConfigureAwait(false);
        return file;
    }
}
