namespace Qtickets.Cli.Infrastructure;

/// <summary>How a child <c>qtickets</c> process ended, with everything it printed (standard error holds the log).</summary>
public sealed record ChildProcessResult(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Log, TimeSpan Duration)
{
    public IReadOnlyList<string> LastLogLines(int count) => Log.Skip(Math.Max(0, Log.Count - count)).ToList();
}
