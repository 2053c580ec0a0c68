namespace Qtickets.Processes;

/// <summary>
/// How a child process ended, with everything it printed: standard output (results, tables), standard error (the
/// log of a <c>qtickets</c> child) and both together in the order the lines arrived.
/// </summary>
public sealed record ChildProcessResult(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Log, TimeSpan Duration)
{
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Every line, both streams in the order they arrived, one per text line.</summary>
    public string Text => string.Join('\n', Lines);

    public IReadOnlyList<string> LastLogLines(int count) => Last(Log, count);

    public IReadOnlyList<string> LastLines(int count) => Last(Lines, count);

    private static List<string> Last(IReadOnlyList<string> lines, int count) => lines.Skip(Math.Max(0, lines.Count - count)).ToList();
}
