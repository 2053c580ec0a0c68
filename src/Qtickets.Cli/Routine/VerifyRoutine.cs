using Qtickets.ClickHouse;
using Qtickets.Cli.Routine.Steps;

namespace Qtickets.Cli.Routine;

/// <summary>
/// The operators' stack-reset-and-verify routine, every step for real and in order: reset, bootstrap, smoke, build,
/// load, checks of the load, the operator-routine tests, status; then, after a simulated load, a cleanup that leaves
/// the database as a fresh bootstrap left it. A failed step stops the steps after it (the cleanup still runs); a step
/// the operator skipped by name is recorded as such. The caller writes the report from the result.
/// </summary>
public sealed class VerifyRoutine(VerifyContext context)
{
    public static IReadOnlyList<IVerifyStep> Plan { get; } =
    [
        new ResetStep(), new BootstrapStep(), new SmokeStep(), new BuildStep(), new LoadStep(), new LoadChecksStep(),
        new RoutineTestsStep(), new StatusStep(),
    ];

    public async Task<VerifyReport> RunAsync(Action<VerifyStep> onStep, CancellationToken cancellationToken)
    {
        var started = context.Time.GetUtcNow();
        var clock = context.Time.GetTimestamp();
        var serverVersion = await ServerVersionAsync(cancellationToken).ConfigureAwait(false);
        var steps = new List<VerifyStep>();
        try
        {
            for (var i = 0; i < Plan.Count; i++)
            {
                var step = await NextAsync(Plan[i], i + 1, steps, cancellationToken).ConfigureAwait(false);
                steps.Add(step);
                onStep(step);
            }
        }
        finally
        {
            await CleanUpAsync(steps, onStep).ConfigureAwait(false);
        }

        return new VerifyReport(started, context.Time.GetElapsedTime(clock), serverVersion, context.Options.ClickHouse.BaseUri.ToString(),
            context.Database, context.Source?.Description ?? "no load ran", DataNote(steps), steps, context.Objects, context.Tests);
    }

    private async Task<VerifyStep> NextAsync(IVerifyStep step, int number, List<VerifyStep> done, CancellationToken cancellationToken)
    {
        var failed = done.FirstOrDefault(s => s.Outcome == StepOutcome.Failed);
        var skippedDependency = step.DependsOn is { } dependency && done.Any(s => s.Name == dependency && s.Outcome == StepOutcome.SkippedByOperator);
        var result = context.Options.Skip.Contains(step.Name) ? VerifyStep.Because(StepOutcome.SkippedByOperator, $"skipped by the operator (--skip {step.Name})")
            : skippedDependency ? VerifyStep.Because(StepOutcome.SkippedByOperator, $"skipped: it checks the {step.DependsOn} step, which the operator skipped")
            : failed is not null ? VerifyStep.Because(StepOutcome.NotRun, $"not run: step {failed.Number} ({failed.Name}) failed")
            : null;
        return result is null
            ? await TimedAsync(step, number, cancellationToken).ConfigureAwait(false)
            : result with { Number = number, Name = step.Name, Title = step.Title };
    }

    private async Task<VerifyStep> TimedAsync(IVerifyStep step, int number, CancellationToken cancellationToken)
    {
        var start = context.Time.GetTimestamp();
        context.TakeRunsOfStep();
        VerifyStep result;
        try
        {
            result = await step.RunAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever went wrong, the step did not pass: the report says why, with what its commands printed.
            var runs = context.TakeRunsOfStep();
            result = VerifyStep.Because(StepOutcome.Failed, context.Redact($"{ex.GetType().Name}: {ex.Message}")) with
            {
                Commands = [.. runs.Select(r => r.Command)],
                Log = [.. runs.SelectMany(r => r.Excerpt)],
            };
        }

        return result with { Number = number, Name = step.Name, Title = step.Title, Duration = context.Time.GetElapsedTime(start) };
    }

    /// <summary>Simulated data never stays: after a simulated load (even a failed one, even on Ctrl+C) the database is reset again.</summary>
    private async Task CleanUpAsync(List<VerifyStep> steps, Action<VerifyStep> onStep)
    {
        if (context.Simulator is not { } simulator)
        {
            return;
        }

        var cleanup = await TimedAsync(new CleanupStep(), steps.Count + 1, CancellationToken.None).ConfigureAwait(false);
        steps.Add(cleanup);
        onStep(cleanup);
        await simulator.DisposeAsync().ConfigureAwait(false);
        context.Simulator = null;
    }

    private string DataNote(List<VerifyStep> steps)
    {
        if (context.Source is { Live: true })
        {
            return $"the live load stays in `{context.Database}`: it is real data, and its ok run makes the next timer run incremental";
        }

        var cleanup = steps.FirstOrDefault(s => s.Name == "cleanup");
        return cleanup is null ? "no load ran, so there is no simulated data to remove"
            : cleanup.Outcome == StepOutcome.Passed
                ? $"the simulated load went into `{context.Database}` and is gone: the database was reset and bootstrapped again (step {cleanup.Number}), so the next real run starts with its initial backfill"
                : $"the cleanup FAILED: simulated data may remain in `{context.Database}`; run `qtickets reset --yes` and `qtickets bootstrap` before the next real run";
    }

    private async Task<string?> ServerVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await context.Server.GetServerVersionAsync(cancellationToken).ConfigureAwait(false)).ToString();
        }
        catch (Exception ex) when (ex is ClickHouseException or HttpRequestException)
        {
            return null;
        }
    }
}
