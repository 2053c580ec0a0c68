namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>How a child process ended: exit code, wall time from start to exit, peak RSS, CPU time, and where its output went.</summary>
internal sealed record ChildOutcome(int ExitCode, TimeSpan Wall, long PeakResidentBytes, TimeSpan Cpu, string LogFile, IReadOnlyList<string> Output)
{
    public double PeakResidentMegabytes => PeakResidentBytes / 1048576.0;
}
