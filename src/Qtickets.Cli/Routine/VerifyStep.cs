namespace Qtickets.Cli.Routine;

/// <summary>One step of the stack-reset-and-verify routine (spec section 1) as the report shows it.</summary>
public sealed record VerifyStep(int Number, string Title, StepOutcome Outcome, TimeSpan Duration, string Summary)
{
    public IReadOnlyList<SqlCheck> Checks { get; init; } = [];

    public IReadOnlyList<string> Output { get; init; } = [];

    public static VerifyStep NotRun(int number, string title, string why) => new(number, title, StepOutcome.NotRun, TimeSpan.Zero, why);
}
