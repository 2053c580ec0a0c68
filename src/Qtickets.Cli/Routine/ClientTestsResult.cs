namespace Qtickets.Cli.Routine;

/// <summary>The outcome of the client tests run by the routine.</summary>
public sealed record ClientTestsResult(bool Passed, string Summary, IReadOnlyList<string> Output);
