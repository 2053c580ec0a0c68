namespace Qtickets.Faults.Tests.Support;

/// <summary>One row of <c>meta_job_runs</c> as a test reads it back.</summary>
internal sealed record JobRunRecord(string Job, string Status, ulong RowsProcessed, string Message, string Metrics);
