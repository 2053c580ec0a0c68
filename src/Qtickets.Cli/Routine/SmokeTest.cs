using Qtickets.Cli.Infrastructure;
using Qtickets.Processes;

namespace Qtickets.Cli.Routine;

/// <summary>
/// Step 3 of the operators' routine: fingerprint every table of the database, run the loader in dry-run as a child
/// process, fingerprint again. The caller has already refused a configuration that is not a dry run. A real run that
/// finished before (even a second ago) does not matter: only a change between the two fingerprints does.
/// </summary>
public sealed class SmokeTest(DatabaseFingerprint fingerprint, string database, TimeProvider time)
{
    public async Task<SmokeOutcome> RunAsync(string envFile, string? chEnv, LogFormat childLog, CancellationToken cancellationToken)
    {
        var before = await fingerprint.TakeAsync(database, cancellationToken).ConfigureAwait(false);
        var arguments = new List<string> { "run", "--env-file", envFile, "--dry-run" };
        if (chEnv is not null)
        {
            arguments.AddRange(["--ch-env", chEnv]);
        }

        var command = QticketsProcess.Command(arguments, childLog);
        var loader = await ChildProcess.RunAsync(command, time, cancellationToken).ConfigureAwait(false);
        var after = await fingerprint.TakeAsync(database, cancellationToken).ConfigureAwait(false);
        return new SmokeOutcome(before, after, command, loader);
    }
}
