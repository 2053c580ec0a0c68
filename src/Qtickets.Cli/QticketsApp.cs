using Qtickets.Cli.Commands;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Webhooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli;

/// <summary>Builds the command tree and maps failures to exit codes; results go to standard output, errors to standard error.</summary>
public static class QticketsApp
{
    public static Task<int> RunAsync(string[] args, IAnsiConsole? console = null, IAnsiConsole? errorConsole = null) =>
        RunAsync(args, console, errorConsole, null, CancellationToken.None);

    public static Task<int> RunAsync(string[] args, IAnsiConsole? console, OrderApplierRegistration? appliers, CancellationToken cancellationToken) =>
        RunAsync(args, console, null, appliers, cancellationToken);

    /// <param name="args">The command line.</param>
    /// <param name="console">Where results go (a test console in tests).</param>
    /// <param name="errorConsole">Where errors and usage problems go; null for standard error.</param>
    /// <param name="appliers">The order applier of <c>listen</c>; null for this build's <see cref="OrderApplierRegistration.Default"/>.</param>
    /// <param name="cancellationToken">Stops the command as Ctrl+C or SIGTERM would.</param>
    public static async Task<int> RunAsync(
        string[] args, IAnsiConsole? console, IAnsiConsole? errorConsole, OrderApplierRegistration? appliers, CancellationToken cancellationToken)
    {
        var errors = new ErrorConsole(SafeConsole.Over(errorConsole ?? ErrorConsole.StandardError().Console));
        using var shutdown = new ShutdownSignal();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(shutdown.Token, cancellationToken);
        try
        {
            if (args.Length == 0)
            {
                // No command is a usage problem: the list of commands goes to standard error, and the exit code says so.
                await Create(errors.Console, errors, appliers).RunAsync(["--help"], stop.Token).ConfigureAwait(false);
                return ExitCodes.BadConfiguration;
            }

            return await Create(console, errors, appliers).RunAsync(args, stop.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return ErrorReporter.Report(ex, args, errors);
        }
    }

    public static CommandApp Create(IAnsiConsole? console = null, ErrorConsole? errors = null, OrderApplierRegistration? appliers = null)
    {
        if (console is null && Console.IsOutputRedirected)
        {
            // Captured output (CI logs, the smoke test's child) keeps whole lines instead of an 80-column wrap.
            AnsiConsole.Profile.Width = 200;
        }

        var app = new CommandApp();
        // Every command writes through the one safe sink: control characters of outside text are shown, not obeyed.
        app.Configure(config => Configure(
            config,
            SafeConsole.Over(console ?? AnsiConsole.Console),
            new ErrorConsole(SafeConsole.Over((errors ?? ErrorConsole.StandardError()).Console)),
            appliers ?? OrderApplierRegistration.Default));
        return app;
    }

    private static void Configure(IConfigurator config, IAnsiConsole console, ErrorConsole errors, OrderApplierRegistration appliers)
    {
        config.SetApplicationName("qtickets");
        config.SetApplicationVersion(ProgramVersion.Current.Text);
        config.PropagateExceptions();
        // An unknown flag (a typo such as --dryrun) is a usage error, never silently ignored.
        config.UseStrictParsing();
        config.ConfigureConsole(console);

        config.Settings.Registrar.RegisterInstance(errors);
        config.Settings.Registrar.RegisterInstance(appliers);
        AddCommands(config);
    }

    private static void AddCommands(IConfigurator config)
    {
        config.AddCommand<RunCommand>("run")
            .WithDescription("Load QTickets events, orders and inventory into ClickHouse (the loader).");
        config.AddCommand<BootstrapCommand>("bootstrap")
            .WithDescription("Apply the ClickHouse schema idempotently and verify the required objects.");
        config.AddCommand<SmokeCommand>("smoke")
            .WithDescription("Dry-run the loader as a child process and prove that no table changed.");
        config.AddCommand<ResetCommand>("reset")
            .WithDescription("Drop and recreate the stack's databases (needs --yes).");
        config.AddCommand<VerifyCommand>("verify")
            .WithDescription("Run the whole stack-reset-and-verify routine for real and write a Markdown report.");
        config.AddCommand<StatusCommand>("status")
            .WithDescription("Show recent runs, data freshness and row counts.");
        config.AddCommand<SimulateCommand>("simulate")
            .WithDescription("Serve a faithful QTickets API simulator on loopback.");
        config.AddCommand<ListenCommand>("listen")
            .WithDescription("Receive QTickets order webhooks (signed) and store them within a second.");
        config.AddBranch("clickhouse", branch =>
        {
            branch.SetDescription("Manage a local ClickHouse for demos, tests and benchmarks.");
            branch.AddCommand<ClickHouseStartCommand>("start")
                .WithDescription("Install if missing and start a local ClickHouse on loopback.");
            branch.AddCommand<ClickHouseStopCommand>("stop")
                .WithDescription("Stop the local ClickHouse this project started.");
            branch.AddCommand<ClickHouseStatusCommand>("status")
                .WithDescription("Say whether the local ClickHouse runs and where.");
        });
        config.AddCommand<DemoCommand>("demo")
            .WithDescription("From a fresh machine to a loaded local ClickHouse and a sales summary.");
    }
}
