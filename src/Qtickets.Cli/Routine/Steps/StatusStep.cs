namespace Qtickets.Cli.Routine.Steps;

/// <summary>Step 8: <c>qtickets status</c> after the load must call the stack healthy (exit 0: the last run ok and recent).</summary>
public sealed class StatusStep : IVerifyStep
{
    public string Name => "status";

    public string Title => "Status: recent runs, freshness and row counts after the load";

    public string? DependsOn => "load";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var run = await context.RunAsync(context.Qtickets("status"), cancellationToken).ConfigureAwait(false);
        var verdict = run.Result.Output.LastOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() ?? "(no output)";
        return VerifyContext.Measured(verdict, [StackCommands.ExitCode(run, "qtickets status")], run);
    }
}
