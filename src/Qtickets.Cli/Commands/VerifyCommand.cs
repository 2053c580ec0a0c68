using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets verify</c>: the whole routine of spec section 1 against the configured ClickHouse, stopping at the
/// first failed step (exit 3), always writing the Markdown report. <c>--ch-env</c> names the ClickHouse (admin
/// account for the schema); the dry-run steps use the shipped sample; <c>--live</c> adds a real load with <c>--env-file</c>.
/// </summary>
public sealed class VerifyCommand(IAnsiConsole console) : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        var layers = SettingsLayers.Create(clickHouseEnvFile: settings.ChEnv, envFile: settings.Live ? settings.EnvFile : null);
        CommandEnvironment.Warn(console, layers);
        var clickHouse = ClickHouseSettingsParser.Parse(layers, "to verify the stack");
        var job = new SettingsReader(layers).StringOrDefault(Configuration.Settings.JobName, LoaderSettingsParser.DefaultJobName);
        var options = new VerifyOptions(clickHouse, settings.ChEnv, SampleEnvFile.Locate(), settings.EnvFile, settings.Live, settings.Force, job);
        var adminOptions = ClickHouseConnections.Admin(clickHouse);
        using var admin = new ClickHouseSession(adminOptions);
        using var serverAdmin = new ClickHouseSession(adminOptions.WithDatabase("default"));
        var routine = new VerifyRoutine(options, admin.Client, serverAdmin.Client, TimeProvider.System);
        var report = await routine.RunAsync(Print, cancellationToken).ConfigureAwait(false);
        var path = Write(report, settings.Report);
        console.MarkupLineInterpolated($"report: [green]{path}[/]");
        console.MarkupLine(report.Passed ? "[green]verify passed[/]" : "[red]verify failed[/] (see the report)");
        return report.Passed ? ExitCodes.Success : ExitCodes.CheckViolated;
    }

    private void Print(VerifyStep step)
    {
        var mark = step.Outcome switch
        {
            StepOutcome.Passed => "[green]ok[/]    ",
            StepOutcome.Failed => "[red]FAILED[/]",
            _ => "[grey]skip[/]  ",
        };
        console.MarkupLine($"{mark} {step.Number}. {Markup.Escape(step.Title)} [grey]({step.Duration.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s)[/]: {Markup.Escape(step.Summary)}");
        foreach (var check in step.Checks.Where(c => !c.Passed))
        {
            console.MarkupLineInterpolated($"         [red]check failed[/]: {check.Sql} expected {check.Expected}, got {check.Actual}");
        }
    }

    private static string Write(VerifyReport report, string? requested)
    {
        var path = Path.GetFullPath(requested ?? Path.Combine("reports", $"verify-{report.StartedAt:yyyyMMdd-HHmmss}.md"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, VerifyReportWriter.Render(report));
        return path;
    }
}
