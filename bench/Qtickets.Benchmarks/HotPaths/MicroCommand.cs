using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Qtickets.Benchmarks.HotPaths;

/// <summary>
/// <c>./bench.sh --micro [BenchmarkDotNet arguments]</c>: <see cref="OrderPathBenchmarks"/> under BenchmarkDotNet, in
/// process (the benchmark is already built in Release; no separate project is generated), short runs by default.
/// </summary>
internal static class MicroCommand
{
    public static int Run(IReadOnlyList<string> arguments)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), ".local", "bench-results", "micro"));
        string[] args = arguments.Count > 0 ? [.. arguments] : ["--filter", "*"];
        var summaries = BenchmarkSwitcher.FromTypes([typeof(OrderPathBenchmarks)]).Run(args, config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;
    }
}
