using Qtickets.ClickHouse.Sql;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>Step 1: <c>qtickets reset --yes</c>, then the database must exist and hold nothing.</summary>
public sealed class ResetStep : IVerifyStep
{
    public string Name => "reset";

    public string Title => "Reset: drop the stack's database and create it empty";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var run = await StackCommands.ResetAsync(context, cancellationToken).ConfigureAwait(false);
        var tables = await context.CountAsync(
            $"SELECT count() FROM system.tables WHERE database = {SqlLiteral.String(context.Database)}", cancellationToken).ConfigureAwait(false);
        VerifyCheck[] checks =
        [
            StackCommands.ExitCode(run, "qtickets reset"),
            await StackCommands.DatabaseExistsAsync(context, cancellationToken).ConfigureAwait(false),
            VerifyCheck.Equal($"tables and views in `{context.Database}`", 0, tables),
        ];
        return VerifyContext.Measured($"database {context.Database} dropped and created empty", checks, run);
    }
}
