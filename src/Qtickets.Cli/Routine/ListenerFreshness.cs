namespace Qtickets.Cli.Routine;

/// <summary>
/// The webhook listener's last <c>meta_job_runs</c> report (job <c>qtickets_webhooks</c>): when, how long ago, and what
/// it counted in that period. <see cref="LastReport"/> is null when it never reported.
/// </summary>
public sealed record ListenerFreshness(
    DateTime? LastReport,
    ulong AgeSeconds,
    string Status,
    long Received,
    long Applied,
    long Rejected,
    long Refused,
    double? LatencyP95Ms);
