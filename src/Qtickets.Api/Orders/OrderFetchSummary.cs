namespace Qtickets.Api.Orders;

/// <summary>
/// What an order fetch did, for the run's metrics: the mode it ended in and why it switched, pages requested
/// (every order page answer, discarded ones included), records seen on the pages used, kept after local filtering
/// and left out as unreadable or outside the data contract (rejected: by reason, and the first
/// <see cref="OrderFetchSummaryBuilder.RejectedNamed"/> of them with their ids), the <c>paging.total</c> the server reported, whether the POST fallback
/// answered, and warnings. <see cref="Completed"/> is false while running, after a failure or an early stop. Reported
/// as progress after every page too.
/// </summary>
public sealed record OrderFetchSummary(
    OrderFetchMode Mode,
    string? ModeSwitchReason,
    int PagesFetched,
    long RecordsSeen,
    long RecordsKept,
    long RecordsSkipped,
    IReadOnlyDictionary<string, int> SkippedByReason,
    IReadOnlyList<SkippedRecord> RejectedFirst,
    long? ReportedTotal,
    bool PostFallbackUsed,
    IReadOnlyList<FetchWarning> Warnings,
    bool Completed,
    string? StubReason,
    TimeSpan Elapsed)
{
    /// <summary>The pages the walk expects from <c>paging.total</c>; null when unknown (the backward walk).</summary>
    public int? PagesPlanned { get; init; }

    public double RecordsPerSecond => Elapsed > TimeSpan.Zero ? RecordsSeen / Elapsed.TotalSeconds : 0;
}
