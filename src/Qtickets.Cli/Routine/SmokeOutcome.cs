using Qtickets.Processes;

namespace Qtickets.Cli.Routine;

/// <summary>
/// What the smoke test saw: every table of the database before and after the dry run, and the child loader's
/// command line, exit code and log.
/// </summary>
public sealed record SmokeOutcome(DatabaseSnapshot Before, DatabaseSnapshot After, ChildCommand Command, ChildProcessResult Loader)
{
    public bool LoaderSucceeded => Loader.ExitCode == 0;

    public IReadOnlyList<string> ChangedTables => Before.ChangedIn(After);

    public bool NothingWritten => ChangedTables.Count == 0;

    public bool SaidNothingWasWritten => Loader.Log.Any(line => line.Contains("nothing written", StringComparison.Ordinal));

    public bool Passed => LoaderSucceeded && NothingWritten && SaidNothingWasWritten;

    public string Verdict =>
        !LoaderSucceeded ? $"the loader exited {Loader.ExitCode}"
        : !NothingWritten ? $"the dry run changed {string.Join(", ", ChangedTables)}"
        : !SaidNothingWasWritten ? "the loader did not log that nothing was written"
        : $"the dry run exited 0 and all {After.Tables.Count} tables of {After.Database} are exactly as before";
}
