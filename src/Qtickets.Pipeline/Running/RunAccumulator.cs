using System.Collections.Concurrent;
using Qtickets.Api.Orders;
using Qtickets.Pipeline.Planning;

namespace Qtickets.Pipeline.Running;

/// <summary>What a run has done so far; turned into an immutable <see cref="RunReport"/> at the end. Thread-safe.</summary>
internal sealed class RunAccumulator(string job, DateTimeOffset startedAt)
{
    private readonly ConcurrentDictionary<string, long> _datasets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _skipped = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _ordersSkipped = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _warnings = new();

    public RunPlan? Plan { get; set; }

    public OrderFetchSummary? Orders { get; set; }

    public bool FullScan { get; set; }

    public int DaysRecomputed { get; set; }

    public void Count(string dataset, long rows) => _datasets.AddOrUpdate(dataset, rows, (_, old) => old + rows);

    public void Skip(string dataset, string reason) => _skipped[dataset] = reason;

    public void SkipOrder(string reason, long count = 1) => _ordersSkipped.AddOrUpdate(reason, count, (_, old) => old + count);

    public void Warn(string warning) => _warnings.Enqueue(warning);

    public RunReport Finish(RunStatus status, DateTimeOffset finishedAt, string? error = null, string? stubReason = null) => new()
    {
        Job = job,
        Status = status,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        Plan = Plan,
        FullScan = FullScan,
        Orders = Orders,
        Datasets = new Dictionary<string, long>(_datasets),
        Skipped = new Dictionary<string, string>(_skipped),
        OrdersSkipped = new Dictionary<string, long>(_ordersSkipped),
        Warnings = [.. _warnings],
        DaysRecomputed = DaysRecomputed,
        Error = error,
        StubReason = stubReason,
    };
}
