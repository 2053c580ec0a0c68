namespace Qtickets.Cli.Routine;

/// <summary>How a step of the verify routine ended.</summary>
public enum StepOutcome
{
    Passed,
    Failed,
    NotRun,
}
