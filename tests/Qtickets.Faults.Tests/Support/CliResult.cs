namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// What a <c>qtickets</c> child process did: its exit code, standard output (results, the summary) and standard error
/// (the log, one JSON event per line, and the errors, refusals and usage problems as plain lines).
/// </summary>
internal sealed record CliResult(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Log)
{
    /// <summary>Non-blank lines of standard output.</summary>
    public IReadOnlyList<string> OutputLines => [.. Output.Where(l => !string.IsNullOrWhiteSpace(l))];

    /// <summary>Lines of standard error that are not log events: the error, refusal or usage message.</summary>
    public IReadOnlyList<string> ErrorLines => [.. Log.Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('{'))];

    /// <summary>Log lines at level Error or Fatal (the child logs JSON, one event per line).</summary>
    public IReadOnlyList<string> ErrorLogLines => [.. Log.Where(l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))];

    public IEnumerable<string> AllText => Output.Concat(Log);

    public override string ToString() =>
        $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{string.Join(Environment.NewLine, Output)}{Environment.NewLine}stderr:{Environment.NewLine}{string.Join(Environment.NewLine, Log)}";
}
