using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets verify</c>: the whole stack-reset-and-verify routine for real against the configured ClickHouse
/// (<see cref="VerifyRoutine"/>), always writing the Markdown report. Exit 0 only for PASSED; 3 for FAILED or
/// INCOMPLETE; 2 for bad configuration. Works in a private temporary folder (published program, settings files for
/// the child commands, test results), deleted at the end.
/// </summary>
public sealed class VerifyCommand(IAnsiConsole console) : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        var options = Options(settings);
        var work = Directory.CreateTempSubdirectory("qtickets-verify-");
        try
        {
            var chEnv = PrivateEnvFile.Write(Path.Combine(work.FullName, "clickhouse.env"), ChildSettings(options),
                "The ClickHouse that qtickets verify checks; written for its child commands and deleted with its work folder.");
            using var session = new ClickHouseSession(ClickHouseConnections.Admin(options.ClickHouse));
            var verifyContext = new VerifyContext(options, session.Client, TimeProvider.System, Redactor(options))
            {
                WorkDirectory = work.FullName,
                ClickHouseEnvFile = chEnv,
            };
            var report = await new VerifyRoutine(verifyContext).RunAsync(Print, cancellationToken).ConfigureAwait(false);
            var path = Write(report, settings.Report);
            console.MarkupLineInterpolated($"report: [green]{path}[/]");
            console.MarkupLine($"verify {(report.Verdict == Verdict.Passed ? "[green]" : "[red]")}{Markup.Escape(report.VerdictLine)}[/]");
            return report.Verdict == Verdict.Passed ? ExitCodes.Success : ExitCodes.CheckViolated;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static VerifyOptions Options(VerifySettings settings)
    {
        var layers = SettingsLayers.Create(clickHouseEnvFile: settings.ChEnv, envFile: settings.Live ? settings.EnvFile : null);
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

    /// <summary>The ClickHouse and job verify resolved, for every child command: they check exactly the stack verify checks.</summary>
    private static List<KeyValuePair<string, string>> ChildSettings(VerifyOptions options)
    {
        var ch = options.ClickHouse;
        var values = new List<KeyValuePair<string, string>>
        {
            new(Configuration.Settings.ClickHouseHost.Canonical, ch.Host),
            new(Configuration.Settings.ClickHousePort.Canonical, ch.Port.ToString(CultureInfo.InvariantCulture)),
            new(Configuration.Settings.ClickHouseDatabase.Canonical, ch.Database),
            new(Configuration.Settings.ClickHouseUser.Canonical, ch.User),
            new(Configuration.Settings.ClickHousePassword.Canonical, ch.Password.Value),
            new(Configuration.Settings.ClickHouseSecure.Canonical, ch.Secure ? "true" : "false"),
            new(Configuration.Settings.ClickHouseVerifySsl.Canonical, ch.VerifySsl ? "true" : "false"),
            new(Configuration.Settings.ClickHouseAdminUser.Canonical, ch.AdminUser ?? string.Empty),
            new(Configuration.Settings.ClickHouseAdminPassword.Canonical, ch.AdminPassword?.Value ?? string.Empty),
            new(Configuration.Settings.ClickHouseReaderUser.Canonical, ch.ReaderUser ?? string.Empty),
            new(Configuration.Settings.ClickHouseReaderPassword.Canonical, ch.ReaderPassword?.Value ?? string.Empty),
            new(Configuration.Settings.JobName.Canonical, options.JobName),
        };
        // An empty value reads as absent: leave it out rather than write a line that means nothing.
        return values.Where(v => v.Value.Length > 0).ToList();
    }

    private static SecretRedactor Redactor(VerifyOptions options)
    {
        var ch = options.ClickHouse;
        var qtickets = options.Live?.Settings.Qtickets;
        return new SecretRedactor(
        [
            ch.Password, ch.AdminPassword, ch.ReaderPassword, qtickets?.Token, qtickets?.PartnersToken,
            new Secret(options.SimulatorToken), new Secret(options.SimulatorPartnersToken),
        ]);
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
