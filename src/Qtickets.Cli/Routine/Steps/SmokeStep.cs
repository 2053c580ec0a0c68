namespace Qtickets.Cli.Routine.Steps;

/// <summary>
/// Step 3: <c>qtickets smoke</c> as a child process (it dry-runs the loader as its own child), proven by a fingerprint
/// of every table of the database taken by verify before and after: rows, a hash of all rows, the last insert block.
/// </summary>
public sealed class SmokeStep : IVerifyStep
{
    public string Name => "smoke";

    public string Title => "Smoke: dry-run the loader as a child process, every table unchanged";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var fingerprint = new DatabaseFingerprint(context.Server);
        var before = await fingerprint.TakeAsync(context.Database, cancellationToken).ConfigureAwait(false);
        var run = await context.RunAsync(context.Qtickets("smoke"), cancellationToken).ConfigureAwait(false);
        var after = await fingerprint.TakeAsync(context.Database, cancellationToken).ConfigureAwait(false);
        var tables = context.Objects.Count(o => o.Defined && o.Kind != "view");
        var checks = new List<VerifyCheck>
        {
            StackCommands.ExitCode(run, "qtickets smoke"),
            VerifyCheck.Equal("tables fingerprinted (every table the schema defines)", tables, before.Tables.Count),
        };
        checks.AddRange(before.Tables.Select(t => VerifyCheck.Equal(
            $"`{t.Table}` unchanged by the dry run", t.ToString(), after.Find(t.Table)?.ToString() ?? "dropped")));
        checks.AddRange(after.Tables.Where(t => before.Find(t.Table) is null).Select(t => VerifyCheck.Equal(
            $"`{t.Table}` unchanged by the dry run", "absent", t.ToString())));
        var changed = before.ChangedIn(after);
        return VerifyContext.Measured(
            changed.Count == 0 ? $"dry run exited {run.ExitCode}; all {after.Tables.Count} tables exactly as before" : $"dry run changed {string.Join(", ", changed)}",
            checks, run);
    }
}
