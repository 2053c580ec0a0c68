namespace Qtickets.Pipeline.Running;

/// <summary>How a run ended; <c>ok</c> and <c>error</c> are what <c>meta_job_runs.status</c> holds.</summary>
public enum RunStatus
{
    Ok,
    Error,
    Stub,
}
