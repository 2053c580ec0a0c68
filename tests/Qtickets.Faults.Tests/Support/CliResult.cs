namespace Qtickets.Faults.Tests.Support;

/// <summary>What a <c>qtickets</c> child process did: its exit code, standard output (results, summary, errors) and standard error (logs).</summary>
internal sealed record CliResult(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Log)
{
    /// <summary>Non-blank lines of standard output.</summary>
    public IReadOnlyList<string> OutputLines => [.. Output.Where(l => !string.IsNullOrWhiteSpace(l))];

    /// <summary>Log lines at level Error or Fatal (the child logs JSON, one event per line).</summary>
    public IReadOnlyList<string> ErrorLogLines => [.. Log.Where(l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))];

    public IEnumerable<string> AllText => Output.Concat(Log);

    public override string ToString() =>
        $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{string.Join(Environment.NewLine, Output)}{Environment.NewLine}stderr:{Environment.NewLine}{string.Join(Environment.NewLine, Log)}";
}
