namespace Qtickets.Pipeline.Planning;

/// <summary>What <c>meta_job_runs</c> says about earlier runs of this job; all null before the first ok run.</summary>
public sealed record PreviousRuns(DateTimeOffset? LastOkStartedAt, DateTimeOffset? LastFullScanStartedAt)
{
    public static PreviousRuns None { get; } = new(null, null);

    public bool IsFirstRun => LastOkStartedAt is null;
}
