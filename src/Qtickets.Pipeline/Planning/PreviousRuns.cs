namespace Qtickets.Pipeline.Planning;

/// <summary>
/// What <c>meta_job_runs</c> says about earlier runs of this job; all null before the first ok run.
/// <see cref="DataPresent"/>: the backfill guard table already holds data (loaded by an earlier stack), so even
/// without an ok run this is not a first run and needs no initial backfill.
/// </summary>
public sealed record PreviousRuns(DateTimeOffset? LastOkStartedAt, DateTimeOffset? LastFullScanStartedAt, bool DataPresent = false)
{
    public static PreviousRuns None { get; } = new(null, null);

    public bool IsFirstRun => LastOkStartedAt is null && !DataPresent;
}
