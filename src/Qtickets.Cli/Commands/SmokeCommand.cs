using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets smoke</c> (routine step 4): refuses (2) unless the configuration is a dry run, runs the loader as a
/// child process, prints its exit code and last log lines, and exits 3 when <c>meta_job_runs</c> changed.
/// </summary>
public sealed class SmokeCommand(IAnsiConsole console) : AsyncCommand<SmokeSettings>
{
    private const int TailLines = 15;

    public override async Task<int> ExecuteAsync(CommandContext context, SmokeSettings settings, CancellationToken cancellationToken)
    {
        var envFile = settings.EnvFile ?? SampleEnvFile.Locate();
        var layered = new SmokeSettings { EnvFile = envFile, ChEnv = settings.ChEnv };
        var layers = CommandEnvironment.Layers(layered);
        CommandEnvironment.Warn(console, layers);
        var loader = LoaderSettingsParser.Parse(layers);
        if (!loader.Runtime.DryRun)
        {
            console.MarkupLineInterpolated($"[red]refused:[/] smoke runs only a dry run, and {envFile} does not say DRY_RUN=true");
            return ExitCodes.BadConfiguration;
        }

        var clickHouse = ClickHouseSettingsParser.Parse(layers, "to count meta_job_runs");
        using var session = new ClickHouseSession(ClickHouseConnections.Admin(clickHouse));
        var outcome = await new SmokeTest(session.Client, loader.Runtime.JobName, TimeProvider.System)
            .RunAsync(envFile, settings.ChEnv, cancellationToken).ConfigureAwait(false);
        Print(outcome, envFile);
        return outcome.Passed ? ExitCodes.Success : ExitCodes.CheckViolated;
    }

    private void Print(SmokeOutcome outcome, string envFile)
    {
        console.MarkupLineInterpolated($"smoke: dry run of the loader with {envFile}");
        console.MarkupLineInterpolated($"loader exit code: {outcome.Loader.ExitCode} ({outcome.Loader.Duration.TotalSeconds:F1} s)");
        console.WriteLine($"last {TailLines} log lines:");
        foreach (var line in outcome.Loader.LastLogLines(TailLines))
        {
            console.WriteLine("  " + line);
        }

        console.MarkupLineInterpolated($"meta_job_runs before: {outcome.CountBefore}, after: {outcome.CountAfter}, started in the last 5 minutes: {outcome.RecentRows}");
        console.MarkupLine(outcome.Passed
            ? "[green]smoke passed[/]: the dry run exited 0 and wrote nothing"
            : $"[red]smoke failed[/]: {Markup.Escape(Reason(outcome))}");
    }

    private static string Reason(SmokeOutcome outcome) =>
        !outcome.LoaderSucceeded ? $"the loader exited {outcome.Loader.ExitCode}"
        : !outcome.NothingWritten ? "meta_job_runs changed during a dry run"
        : "the loader did not log that nothing was written";
}
