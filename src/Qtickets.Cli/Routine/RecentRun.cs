namespace Qtickets.Cli.Routine;

/// <summary>One row of <c>meta_job_runs</c> as <c>status</c> lists it; <see cref="Rejected"/>: order records the run rejected.</summary>
public sealed record RecentRun(DateTime StartedAt, DateTime FinishedAt, string Status, ulong RowsProcessed, string Message, ulong Rejected = 0);
