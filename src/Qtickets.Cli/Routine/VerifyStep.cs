namespace Qtickets.Cli.Routine;

/// <summary>
/// One step of the verify routine as the report shows it: what it ran (command lines), what it checked, and a short
/// excerpt of the text its commands logged.
/// </summary>
public sealed record VerifyStep(int Number, string Name, string Title, StepOutcome Outcome, TimeSpan Duration, string Summary)
{
    public IReadOnlyList<StepCommand> Commands { get; init; } = [];

    public IReadOnlyList<VerifyCheck> Checks { get; init; } = [];

    public IReadOnlyList<string> Log { get; init; } = [];

    /// <summary>A step that ran: it passed when it says so and every one of its checks passed.</summary>
    public static VerifyStep Measured(string summary, bool passed, IReadOnlyList<VerifyCheck> checks) =>
        new(0, string.Empty, string.Empty, passed && checks.All(c => c.Passed) ? StepOutcome.Passed : StepOutcome.Failed, TimeSpan.Zero, summary)
        {
            Checks = checks,
        };

    public static VerifyStep Because(StepOutcome outcome, string why) => new(0, string.Empty, string.Empty, outcome, TimeSpan.Zero, why);
}
