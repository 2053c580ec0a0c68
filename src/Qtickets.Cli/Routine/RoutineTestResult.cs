namespace Qtickets.Cli.Routine;

/// <summary>One operator-routine test as <c>dotnet test</c> reported it: its full name, outcome, duration and failure message.</summary>
public sealed record RoutineTestResult(string Name, string Outcome, TimeSpan Duration, string? Message)
{
    public bool Passed => Outcome == "Passed";
}
