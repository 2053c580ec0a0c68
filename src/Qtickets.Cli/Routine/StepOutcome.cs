namespace Qtickets.Cli.Routine;

/// <summary>How a step of the verify routine ended. Only <see cref="Passed"/> and <see cref="SkippedByOperator"/> allow a PASSED verdict.</summary>
public enum StepOutcome
{
    Passed,
    Failed,

    /// <summary>Not started because an earlier step failed.</summary>
    NotRun,

    /// <summary>Cannot run where verify runs (no .NET SDK, no source checkout): the verdict is INCOMPLETE.</summary>
    CannotRun,

    /// <summary>The operator named it in <c>--skip</c>, or it needs a step the operator skipped.</summary>
    SkippedByOperator,
}
