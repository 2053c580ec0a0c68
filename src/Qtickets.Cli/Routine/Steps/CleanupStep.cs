using Qtickets.ClickHouse.Schema;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>
/// After a simulated load: reset and bootstrap the stack's database again, so no simulated row (and no simulated
/// <c>ok</c> run in <c>meta_job_runs</c>) stays behind and the next real run of the job starts with its initial
/// backfill. Runs whenever the load started, even after a failed step.
/// </summary>
public sealed class CleanupStep : IVerifyStep
{
    public string Name => "cleanup";

    public string Title => "Cleanup: reset and bootstrap again, no simulated data left";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var reset = await StackCommands.ResetAsync(context, cancellationToken).ConfigureAwait(false);
        var bootstrap = await StackCommands.BootstrapAsync(context, cancellationToken).ConfigureAwait(false);
        var objects = await BootstrapStep.ObjectsAsync(context, cancellationToken).ConfigureAwait(false);
        VerifyCheck[] checks =
        [
            StackCommands.ExitCode(reset, "qtickets reset"),
            StackCommands.ExitCode(bootstrap, "qtickets bootstrap"),
            VerifyCheck.Equal("objects the schema defines, in place again", objects.Count(o => o.Defined), objects.Count(o => o.Defined && o.Exists)),
            VerifyCheck.Equal("rows of `stg_qtickets_api_orders_raw`", 0, await context.RowsAsync(SchemaObjects.OrdersStaging, cancellationToken).ConfigureAwait(false)),
            await StackCommands.JobRunsEmptyAsync(context, cancellationToken).ConfigureAwait(false),
        ];
        return VerifyContext.Measured(
            $"{context.Database} reset and bootstrapped again: the simulated load is gone and the next real run starts with its initial backfill",
            checks, reset, bootstrap);
    }
}
