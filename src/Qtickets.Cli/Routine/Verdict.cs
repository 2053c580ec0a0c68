namespace Qtickets.Cli.Routine;

/// <summary>
/// The verdict of the routine: PASSED only when every step ran and passed (steps the operator skipped by name aside),
/// FAILED when a step failed, INCOMPLETE when a step could not run where verify ran.
/// </summary>
public enum Verdict
{
    Passed,
    Failed,
    Incomplete,
}
