using Microsoft.Extensions.Logging;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Locking;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets run</c>: the loader. Exit 0 for an ok or stub run, 1 when the run failed (recorded in
/// <c>meta_job_runs</c> when ClickHouse was reachable) or another run of the job is in progress (nothing sent,
/// nothing written, no row), 2 for bad configuration (nothing sent, nothing written). A failed run also writes an
/// error-level log line with the error, so journald and <c>docker logs</c> say why without the console table.
/// </summary>
public sealed class RunCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var overrides = settings.ToOverrides();
        var layers = CommandEnvironment.Layers(settings, overrides.AsSettings());
        var loader = LoaderSettingsParser.Parse(layers, overrides);
        var redactor = CommandEnvironment.Redactor(loader);
        var output = SafeConsole.Over(console, redactor);
        var problems = SafeConsole.Over(errors.Console, redactor);
        using var logs = CommandEnvironment.Logging(loader.Runtime.LogLevel, redactor);
        var logger = logs.CreateLogger("qtickets.run");
        foreach (var warning in layers.Warnings)
        {
            logger.LogWarning("{Warning:l}", warning);
        }

        JobRunLock? runLock;
        try
        {
            runLock = Lock(loader);
        }
        catch (RunInProgressException busy)
        {
            logger.LogError("{Reason:l}", busy.Message);
            problems.MarkupLineInterpolated($"[red]error:[/] {busy.Message}");
            return ExitCodes.RunFailed;
        }

        using (runLock)
        {
            return await RunAsync(loader, logs, output, problems, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The job's run lock, before anything is sent or written. A stub run (dry run) sends and writes nothing, so it
    /// takes none: the smoke test's dry run may run beside the timer's load.
    /// </summary>
    private static JobRunLock? Lock(LoaderSettings loader) => loader.StubReason is null
        ? JobRunLock.Acquire(loader.Runtime.StateDir, loader.Runtime.JobName, loader.ClickHouse.Database, TimeProvider.System)
        : null;

    private static async Task<int> RunAsync(LoaderSettings loader, ILoggerFactory logs, IAnsiConsole output, IAnsiConsole problems, CancellationToken cancellationToken)
    {
        var observer = new LoggingRunObserver(logs.CreateLogger("qtickets.progress"), TimeProvider.System, TimeSpan.FromSeconds(2));
        await using var factory = LoaderJobFactory.Create(loader, logs, observer);
        try
        {
            var report = await factory.Job.RunAsync(cancellationToken).ConfigureAwait(false);
            RunSummaryTable.Write(output, report);
            return ExitCodes.Success;
        }
        catch (LoaderRunException failed)
        {
            RunSummaryTable.Write(output, failed.Report);
            return Failed(failed, logs.CreateLogger("qtickets.run"), problems, cancellationToken.IsCancellationRequested);
        }
    }

    private static int Failed(LoaderRunException failed, ILogger logger, IAnsiConsole problems, bool cancelled)
    {
        var error = failed.Report.Error ?? failed.InnerException?.Message ?? failed.Message;
        var recorded = failed.Report.Recorded ? "its error row is in meta_job_runs" : "no error row could be written to meta_job_runs";
        if (cancelled)
        {
            logger.LogWarning("run cancelled: {Error:l} ({Recorded:l})", error, recorded);
            return ExitCodes.Cancelled;
        }

        logger.LogError("run failed: {Error:l} ({Recorded:l})", error, recorded);
        problems.MarkupLine(failed.Report.Recorded
            ? "[red]the run failed[/]; its error row is in meta_job_runs"
            : $"[red]the run failed[/] and no error row could be written to meta_job_runs: {Markup.Escape(error)}");
        return ExitCodes.RunFailed;
    }
}
