namespace Qtickets.Cli.Routine;

/// <summary>One step of the verify routine: it runs for real and returns what it ran, measured and logged.</summary>
public interface IVerifyStep
{
    /// <summary>The name <c>--skip</c> takes and the report shows.</summary>
    string Name { get; }

    string Title { get; }

    /// <summary>The step whose results this one checks; skipped with it.</summary>
    string? DependsOn => null;

    Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken);
}
