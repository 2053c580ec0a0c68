namespace Qtickets.Pipeline.Planning;

/// <summary>
/// Chooses the window and whether to reconcile with a full scan (docs/data-contract.md, "The window").
/// </summary>
public sealed class RunPlanner(TimeProvider timeProvider)
{
    /// <summary>
    /// Re-read a little before the last run's start: records sharing an <c>updated_at</c> second with
    /// the boundary, or committed by the API slightly late, are re-read rather than skipped.
    /// Re-reading is harmless because staging replaces by order id.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    public RunPlan Plan(PreviousRuns previous, PlanningOptions options)
    {
        var now = timeProvider.GetUtcNow();
        var fullScan = options.ForceFullScan || IsReconciliationDue(previous, options, now);
        var sinceFrom = now - TimeSpan.FromHours(options.SinceHours);
        if (previous.LastOkStartedAt is not { } lastOk)
        {
            return previous.IsFirstRun
                ? new RunPlan(now - TimeSpan.FromHours(options.InitialBackfillHours), now, fullScan, RunPlanReason.InitialBackfill)
                : new RunPlan(sinceFrom, now, fullScan, RunPlanReason.SinceHours);
        }

        var catchUpFrom = lastOk - Overlap;
        return catchUpFrom < sinceFrom
            ? new RunPlan(catchUpFrom, now, fullScan, RunPlanReason.CatchUp)
            : new RunPlan(sinceFrom, now, fullScan, RunPlanReason.SinceHours);
    }

    private static bool IsReconciliationDue(PreviousRuns previous, PlanningOptions options, DateTimeOffset now)
    {
        // 0 switches the automatic reconciliation off; the first run is a backfill, not a reconciliation.
        if (options.FullScanHours == 0 || previous.IsFirstRun)
        {
            return false;
        }

        return previous.LastFullScanStartedAt is not { } last || now - last >= TimeSpan.FromHours(options.FullScanHours);
    }
}
