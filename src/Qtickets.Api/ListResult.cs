namespace Qtickets.Api;

/// <summary>
/// Every record of a listing (all pages), with what was skipped and why, pages read, the total the server reported
/// and warnings (pagination guards, total mismatch).
/// </summary>
public sealed record ListResult<T>(
    IReadOnlyList<T> Items,
    IReadOnlyList<SkippedRecord> Skipped,
    int PagesFetched,
    long? ReportedTotal,
    IReadOnlyList<FetchWarning> Warnings)
{
    /// <summary>What stub mode returns.</summary>
    public static readonly ListResult<T> Empty = new([], [], 0, null, []);
}
