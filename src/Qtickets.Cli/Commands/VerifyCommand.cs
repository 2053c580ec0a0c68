using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets verify</c>: the whole stack-reset-and-verify routine for real against the configured ClickHouse
/// (<see cref="VerifyRoutine"/>), always writing the Markdown report. Exit 0 only for PASSED; 3 for FAILED or
/// INCOMPLETE; 2 for bad configuration, or a report path that cannot be written (found before the first step, so
/// nothing was reset).
/// </summary>
public sealed class VerifyCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        var options = Options(settings);
        var now = TimeProvider.System.GetUtcNow();
        var path = ReportFile.PathFor(settings.Report, now);
        if (ReportFile.Claim(path, now) is { } problem)
        {
            errors.Error($"cannot write the report to {path} ({problem}); nothing was run, the database is untouched. Give --report a path in a writable directory.");
            return ExitCodes.BadConfiguration;
        }

        var report = await VerifyRun.ExecuteAsync(options, TimeProvider.System, Print, cancellationToken).ConfigureAwait(false);
        ReportFile.Write(path, report);
        console.MarkupLineInterpolated($"report: [green]{path}[/]");
        console.MarkupLine($"verify {(report.Verdict == Verdict.Passed ? "[green]" : "[red]")}{Markup.Escape(report.VerdictLine)}[/]");
        return report.Verdict == Verdict.Passed ? ExitCodes.Success : ExitCodes.CheckViolated;
    }

    private VerifyOptions Options(VerifySettings settings)
    {
        var layers = SettingsLayers.Create(clickHouseEnvFile: settings.ChEnv, envFile: settings.Live ? settings.EnvFile : null);
        CommandEnvironment.Warn(console, layers);
        var clickHouse = ClickHouseSettingsParser.Parse(layers, "to verify the stack");
        var job = new SettingsReader(layers).StringOrDefault(Configuration.Settings.JobName, LoaderSettingsParser.DefaultJobName);
        var live = settings.Live ? new LiveSource(Path.GetFullPath(settings.EnvFile!), LoaderSettingsParser.Parse(layers)) : null;
        return new VerifyOptions(clickHouse, job)
        {
            Force = settings.Force,
            Live = live,
            Skip = settings.SkippedSteps,
            Checkout = SourceCheckout.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
            TestsProject = settings.TestsProject is { } project ? Path.GetFullPath(project) : null,
        };
    }

    private void Print(VerifyStep step)
    {
        var mark = step.Outcome switch
        {
            StepOutcome.Passed => "[green]ok[/]     ",
            StepOutcome.Failed => "[red]FAILED[/] ",
            StepOutcome.CannotRun => "[yellow]CANNOT[/] ",
            _ => "[grey]skip[/]   ",
        };
        console.MarkupLine($"{mark}{step.Number}. {Markup.Escape(step.Title)} [grey]({step.Duration.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s)[/]: {Markup.Escape(step.Summary)}");
        foreach (var check in step.Checks.Where(c => !c.Passed))
        {
            console.MarkupLineInterpolated($"         [red]check failed[/]: {check.Check}: expected {check.Expected}, got {check.Actual}");
        }
    }
}
