using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Api.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets verify</c>: the whole stack-reset-and-verify routine for real against the configured ClickHouse
/// (<see cref="VerifyRoutine"/>), always writing the Markdown report. Exit 0 only for PASSED; 3 for FAILED or
/// INCOMPLETE; 2 for bad configuration.
/// </summary>
public sealed class VerifyCommand(IAnsiConsole console) : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        var report = await VerifyRun.ExecuteAsync(Options(settings), TimeProvider.System, Print, cancellationToken).ConfigureAwait(false);
        var path = Write(report, settings.Report);
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

    private static string Write(VerifyReport report, string? requested)
    {
        var stamp = MoscowTime.ToWallClock(report.StartedAt).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.GetFullPath(requested ?? Path.Combine("reports", $"verify-{stamp}.md"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, VerifyReportWriter.Render(report));
        return path;
    }
}
