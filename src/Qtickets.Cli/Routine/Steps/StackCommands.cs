using Qtickets.ClickHouse.Schema;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>The reset and bootstrap commands, shared by the first steps and the cleanup, and the checks after them.</summary>
internal static class StackCommands
{
    public static Task<CommandRun> ResetAsync(VerifyContext context, CancellationToken cancellationToken) =>
        context.RunAsync(context.Options.Force ? context.Qtickets("reset", "--yes", "--force") : context.Qtickets("reset", "--yes"), cancellationToken);

    public static Task<CommandRun> BootstrapAsync(VerifyContext context, CancellationToken cancellationToken) =>
        context.RunAsync(context.Qtickets("bootstrap"), cancellationToken);

    public static async Task<VerifyCheck> DatabaseExistsAsync(VerifyContext context, CancellationToken cancellationToken) =>
        VerifyCheck.Equal($"database `{context.Database}` exists", 1,
            await context.CountAsync($"SELECT count() FROM system.databases WHERE name = {SqlLiteral.String(context.Database)}", cancellationToken).ConfigureAwait(false));

    public static async Task<VerifyCheck> JobRunsEmptyAsync(VerifyContext context, CancellationToken cancellationToken) =>
        VerifyCheck.Equal("rows of `meta_job_runs`", 0, await context.RowsAsync(SchemaObjects.JobRuns, cancellationToken).ConfigureAwait(false));

    public static VerifyCheck ExitCode(CommandRun run, string what) => VerifyCheck.Equal($"`{what}` exit code", 0, run.ExitCode);
}
