namespace Qtickets.Pipeline.Planning;

/// <summary>Why the window is what it is; reported in the run's metrics and logs.</summary>
public enum RunPlanReason
{
    /// <summary>No ok run yet: <c>QTICKETS_INITIAL_BACKFILL_HOURS</c>.</summary>
    InitialBackfill,

    /// <summary><c>--since-hours</c> / <c>QTICKETS_SINCE_HOURS</c>.</summary>
    SinceHours,

    /// <summary>The last ok run started earlier than the since-hours window: catch up from there.</summary>
    CatchUp,
}
