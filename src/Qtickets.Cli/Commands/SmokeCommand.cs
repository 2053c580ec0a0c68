using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets smoke</c> (routine step 3): refuses (2) unless the configuration is a dry run, fingerprints every table
/// of the database, runs the loader as a child process, fingerprints again, prints the command, its exit code and last
/// log lines (text on a terminal), and exits 3 when any table changed or the loader failed.
/// </summary>
public sealed class SmokeCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<SmokeSettings>
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
            errors.Refused($"smoke runs only a dry run, and {envFile} does not say DRY_RUN=true");
            return ExitCodes.BadConfiguration;
        }

        var clickHouse = ClickHouseSettingsParser.Parse(layers, "to fingerprint the database");
        using var session = new ClickHouseSession(ClickHouseConnections.Admin(clickHouse));
        var childLog = LoggingSetup.ChildFormat(Environment.GetEnvironmentVariable(QticketsProcess.LogFormatVariable));
        var outcome = await new SmokeTest(new DatabaseFingerprint(session.Client), clickHouse.Database, TimeProvider.System)
            .RunAsync(envFile, settings.ChEnv, childLog, cancellationToken).ConfigureAwait(false);
        Print(outcome, envFile);
        return outcome.Passed ? ExitCodes.Success : ExitCodes.CheckViolated;
    }

    private void Print(SmokeOutcome outcome, string envFile)
    {
        var output = console.Profile.Out.Writer;
        output.WriteLine($"smoke: dry run of the loader with {envFile}");
        output.WriteLine($"$ {outcome.Command.Display()}");
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"loader exit code: {outcome.Loader.ExitCode} ({outcome.Loader.Duration.TotalSeconds:F1} s)"));
        output.WriteLine($"last {TailLines} log lines:");
        foreach (var line in outcome.Loader.LastLogLines(TailLines))
        {
            output.WriteLine("  " + line);
        }

        output.WriteLine($"tables of {outcome.Before.Database}: {outcome.Before.Tables.Count} before, {outcome.After.Tables.Count} after, {outcome.ChangedTables.Count} changed");
        foreach (var table in outcome.ChangedTables)
        {
            output.WriteLine($"  changed {table}: {outcome.Before.Find(table)?.ToString() ?? "absent"} -> {outcome.After.Find(table)?.ToString() ?? "absent"}");
        }

        output.Flush();
        console.MarkupLine(outcome.Passed
            ? $"[green]smoke passed[/]: {Markup.Escape(outcome.Verdict)}"
            : $"[red]smoke failed[/]: {Markup.Escape(outcome.Verdict)}");
    }
}
