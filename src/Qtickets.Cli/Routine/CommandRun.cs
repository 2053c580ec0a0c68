using Qtickets.Processes;

namespace Qtickets.Cli.Routine;

/// <summary>A child command a step ran: as the report shows it, what it printed, and the masked excerpt of its output.</summary>
public sealed record CommandRun(StepCommand Command, ChildProcessResult Result, IReadOnlyList<string> Excerpt)
{
    public int ExitCode => Result.ExitCode;
}
