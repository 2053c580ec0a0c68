namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>One measured loader run.</summary>
internal sealed record LoaderRunResult(
    string Scenario,
    string Variant,
    int ExitCode,
    JobRunMetrics Run,
    int OrderPageRequests,
    TimeSpan Wall,
    TimeSpan? OrdersStage,
    IReadOnlyList<(string Stage, TimeSpan? Duration)> Stages,
    long PeakResidentBytes,
    TimeSpan LoaderCpu,
    InsertStats Inserts,
    double LoadAverage,
    string LogFile)
{
    public double PeakResidentMegabytes => PeakResidentBytes / 1048576.0;

    /// <summary>Orders written per second of the orders stage (fetch, transform and insert, streamed together).</summary>
    public double? OrdersPerSecond => OrdersStage is { TotalSeconds: > 0 } stage ? Run.Orders / stage.TotalSeconds : null;
}
