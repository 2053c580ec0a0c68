namespace Qtickets.Cli.Routine;

/// <summary>One row of <c>meta_job_runs</c> as <c>status</c> lists it.</summary>
public sealed record RecentRun(DateTime StartedAt, DateTime FinishedAt, string Status, ulong RowsProcessed, string Message);
