namespace Qtickets.Pipeline.Rows;

/// <summary>One row of <c>meta_job_runs</c>: a run that was not a dry run. Message and metrics are JSON.</summary>
public sealed record JobRunRow
{
    public required string Job { get; init; }

    /// <summary>Sent explicitly: 18.16 leaves <c>DEFAULT generateUUIDv4()</c> unevaluated for JSONEachRow.</summary>
    public required Guid RunId { get; init; }

    public required DateTime StartedAt { get; init; }

    public required DateTime FinishedAt { get; init; }

    public required string Status { get; init; }

    public required ulong RowsProcessed { get; init; }

    public required string Message { get; init; }

    public required string Metrics { get; init; }
}
