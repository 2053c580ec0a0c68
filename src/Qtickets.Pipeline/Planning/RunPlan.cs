namespace Qtickets.Pipeline.Planning;

/// <summary>
/// What one run fetches: orders changed in [<see cref="From"/>, <see cref="To"/>), or every order when
/// <see cref="FullScan"/>. <see cref="To"/> is the run's start, so the next run's window starts there
/// (minus the overlap) and nothing changed during this run is lost.
/// </summary>
public sealed record RunPlan(DateTimeOffset From, DateTimeOffset To, bool FullScan, RunPlanReason Reason);
