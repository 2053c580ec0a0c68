namespace Qtickets.Pipeline.Planning;

/// <summary>The settings the planner needs, in hours as the environment gives them.</summary>
public sealed record PlanningOptions(int SinceHours, int InitialBackfillHours, int FullScanHours, bool ForceFullScan);
