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
    TimeSpan? Load,
    long PeakResidentBytes,
    TimeSpan LoaderCpu,
    InsertStats Inserts,
    double LoadAverage,
    string LogFile)
{
    public double PeakResidentMegabytes => PeakResidentBytes / 1048576.0;

    /// <summary>Orders written per second of the orders stage (fetch, transform and insert, streamed together).</summary>
    public double? OrdersPerSecond => OrdersStage is { TotalSeconds: > 0 } stage ? Run.Orders / stage.TotalSeconds : null;

    /// <summary>Order records read per second of the whole load (events, orders, facts: from the window line to the run's end).</summary>
    public double? RecordsPerLoadSecond => Load is { TotalSeconds: > 0 } load ? Run.RecordsSeen / load.TotalSeconds : null;
}
