namespace Qtickets.Cli.Routine;

/// <summary>Everything the Markdown report of <c>qtickets verify</c> holds; every figure in it was measured by the run.</summary>
public sealed record VerifyReport(
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    string? ServerVersion,
    string Endpoint,
    string Database,
    string LoadSource,
    string DataNote,
    IReadOnlyList<VerifyStep> Steps,
    IReadOnlyList<SchemaObjectStatus> Objects,
    IReadOnlyList<RoutineTestResult> Tests)
{
    public string ProgramVersion { get; init; } = Cli.ProgramVersion.Current.Describe();

    public Verdict Verdict =>
        Steps.Any(s => s.Outcome == StepOutcome.Failed) ? Verdict.Failed
        : Steps.Any(s => s.Outcome is StepOutcome.NotRun or StepOutcome.CannotRun) ? Verdict.Incomplete
        : Verdict.Passed;

    public IReadOnlyList<VerifyStep> SkippedByOperator => Steps.Where(s => s.Outcome == StepOutcome.SkippedByOperator).ToList();

    /// <summary>The verdict in one line, with what failed or could not run and what the operator skipped.</summary>
    public string VerdictLine => $"{Verdict.ToString().ToUpperInvariant()}: {VerdictReason}";

    public string VerdictReason
    {
        get
        {
            var skipped = SkippedByOperator.Count == 0 ? string.Empty : $"; skipped by the operator: {string.Join(", ", SkippedByOperator.Select(s => s.Name))}";
            var why = Steps.Where(s => s.Outcome is StepOutcome.Failed or StepOutcome.CannotRun).Select(s => $"{s.Name} {Describe(s.Outcome)}");
            return Verdict switch
            {
                Verdict.Passed => SkippedByOperator.Count == 0 ? "every step ran and passed" : $"every step that ran passed{skipped}",
                Verdict.Failed => $"{string.Join(", ", why)}{skipped}",
                _ => $"{string.Join(", ", why.DefaultIfEmpty("a step did not run"))}{skipped}",
            };
        }
    }

    public static string Describe(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Passed => "passed",
        StepOutcome.Failed => "FAILED",
        StepOutcome.NotRun => "not run",
        StepOutcome.CannotRun => "cannot run here",
        _ => "skipped by the operator",
    };
}
