using Microsoft.Extensions.Logging;
using Qtickets.Cli.Infrastructure;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets run</c>: the loader. Exit 0 for an ok or stub run, 1 when the run failed (recorded in
/// <c>meta_job_runs</c> when ClickHouse was reachable), 2 for bad configuration (nothing sent, nothing written).
/// A failed run also writes an error-level log line with the error, so journald and <c>docker logs</c> say why
/// without the console table.
/// </summary>
public sealed class RunCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var overrides = settings.ToOverrides();
        var loader = LoaderSettingsParser.Parse(CommandEnvironment.Layers(settings, overrides.AsSettings()), overrides);
        using var logs = CommandEnvironment.Logging(loader);
        var observer = new LoggingRunObserver(logs.CreateLogger("qtickets.progress"), TimeProvider.System, TimeSpan.FromSeconds(2));
        await using var factory = LoaderJobFactory.Create(loader, logs, observer);
        try
        {
            var report = await factory.Job.RunAsync(cancellationToken).ConfigureAwait(false);
            RunSummaryTable.Write(console, report);
            return ExitCodes.Success;
        }
        catch (LoaderRunException failed)
        {
            RunSummaryTable.Write(console, failed.Report);
            return Failed(failed, logs.CreateLogger("qtickets.run"), cancellationToken.IsCancellationRequested);
        }
    }

    private int Failed(LoaderRunException failed, ILogger logger, bool cancelled)
    {
        var error = failed.Report.Error ?? failed.InnerException?.Message ?? failed.Message;
        var recorded = failed.Report.Recorded ? "its error row is in meta_job_runs" : "no error row could be written to meta_job_runs";
        if (cancelled)
        {
            logger.LogWarning("run cancelled: {Error:l} ({Recorded:l})", error, recorded);
            return ExitCodes.Cancelled;
        }

        logger.LogError("run failed: {Error:l} ({Recorded:l})", error, recorded);
        errors.Console.MarkupLine(failed.Report.Recorded
            ? "[red]the run failed[/]; its error row is in meta_job_runs"
            : $"[red]the run failed[/] and no error row could be written to meta_job_runs: {Markup.Escape(error)}");
        return ExitCodes.RunFailed;
    }
}
