using Qtickets.Cli.Infrastructure;
using Qtickets.ClickHouse;
using Qtickets.Pipeline.Loading;

namespace Qtickets.Cli.Routine;

/// <summary>
/// Step 4 of the operators' routine: count <c>meta_job_runs</c> of the job, run the loader in dry-run as a child
/// process, count again. The caller has already refused a configuration that is not a dry run.
/// </summary>
public sealed class SmokeTest(IClickHouseClient counter, string job, TimeProvider time)
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromMinutes(5);

    public async Task<SmokeOutcome> RunAsync(string envFile, string? chEnv, CancellationToken cancellationToken)
    {
        var runs = new JobRunStore(counter, job);
        var before = await runs.CountAsync(cancellationToken).ConfigureAwait(false);
        var arguments = new List<string> { "run", "--env-file", envFile, "--dry-run" };
        if (chEnv is not null)
        {
            arguments.AddRange(["--ch-env", chEnv]);
        }

        var loader = await QticketsProcess.RunAsync(arguments, null, time, cancellationToken).ConfigureAwait(false);
        var after = await runs.CountAsync(cancellationToken).ConfigureAwait(false);
        var recent = await runs.CountRecentAsync(RecentWindow, cancellationToken).ConfigureAwait(false);
        return new SmokeOutcome(before, after, recent, loader);
    }
}
