using Qtickets.Api.Orders;
using Qtickets.Pipeline.Planning;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// The outcome of one run: what the closing summary prints and what <c>meta_job_runs</c> records
/// (<see cref="RunMetricsJson"/> renders it). Immutable; built once the run ended.
/// </summary>
public sealed record RunReport
{
    public required string Job { get; init; }

    public Guid RunId { get; init; } = Guid.NewGuid();

    public required RunStatus Status { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public RunPlan? Plan { get; init; }

    /// <summary>True when this run read every order (a reconciliation), whether asked or because the walk reached the first page.</summary>
    public bool FullScan { get; init; }

    public OrderFetchSummary? Orders { get; init; }

    /// <summary>Rows written per dataset (events, orders, inventory, clients, ...).</summary>
    public IReadOnlyDictionary<string, long> Datasets { get; init; } = new Dictionary<string, long>();

    /// <summary>Optional datasets not loaded, with why (a skip flag, HTTP 403/404).</summary>
    public IReadOnlyDictionary<string, string> Skipped { get; init; } = new Dictionary<string, string>();

    /// <summary>Orders not written, by reason (unpaid, unreadable record).</summary>
    public IReadOnlyDictionary<string, long> OrdersSkipped { get; init; } = new Dictionary<string, long>();

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int DaysRecomputed { get; init; }

    public string? StubReason { get; init; }

    public string? Error { get; init; }

    /// <summary>False when the error row could not be written (ClickHouse unreachable).</summary>
    public bool Recorded { get; init; }

    public long RowsProcessed => Datasets.Values.Sum();

    /// <summary>Order records left out as outside the data contract or unreadable: all of them are counted.</summary>
    public long OrdersRejected => Orders?.RecordsSkipped ?? 0;

    public TimeSpan Duration => FinishedAt - StartedAt;
}
