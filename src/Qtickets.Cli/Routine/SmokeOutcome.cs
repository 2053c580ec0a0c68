using Qtickets.Cli.Infrastructure;

namespace Qtickets.Cli.Routine;

/// <summary>
/// What the smoke test saw: <c>meta_job_runs</c> rows of the job before and after the dry run, rows started in the
/// last five minutes, and the child loader's exit code and log.
/// </summary>
public sealed record SmokeOutcome(long CountBefore, long CountAfter, long RecentRows, ChildProcessResult Loader)
{
    public bool LoaderSucceeded => Loader.ExitCode == 0;

    public bool NothingWritten => CountAfter == CountBefore && RecentRows == 0;

    public bool SaidNothingWasWritten => Loader.Log.Any(line => line.Contains("nothing written", StringComparison.Ordinal));

    public bool Passed => LoaderSucceeded && NothingWritten && SaidNothingWasWritten;
}
