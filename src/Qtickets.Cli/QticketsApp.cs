using Qtickets.Cli.Commands;
using Qtickets.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli;

/// <summary>Builds the command tree of spec section 2 and maps failures to exit codes.</summary>
public static class QticketsApp
{
    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null)
    {
        var app = Create(console);
        using var shutdown = new ShutdownSignal();
        try
        {
            return await app.RunAsync(args, shutdown.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return ErrorReporter.Report(ex, SafeConsole.Over(console ?? AnsiConsole.Console));
        }
    }

    public static CommandApp Create(IAnsiConsole? console = null)
    {
        if (console is null && Console.IsOutputRedirected)
        {
            // Captured output (CI logs, the smoke test's child) keeps whole lines instead of an 80-column wrap.
            AnsiConsole.Profile.Width = 200;
        }

        var app = new CommandApp();
        // Every command writes through the one safe sink: control characters of outside text are shown, not obeyed.
        app.Configure(config => Configure(config, SafeConsole.Over(console ?? AnsiConsole.Console)));
        return app;
    }

    private static void Configure(IConfigurator config, IAnsiConsole console)
    {
        config.SetApplicationName("qtickets");
        config.PropagateExceptions();
        // An unknown flag (a typo such as --dryrun) is a usage error, never silently ignored.
        config.UseStrictParsing();
        config.ConfigureConsole(console);

        config.AddCommand<RunCommand>("run")
            .WithDescription("Load QTickets events, orders and inventory into ClickHouse (the loader).");
        config.AddCommand<BootstrapCommand>("bootstrap")
            .WithDescription("Apply the ClickHouse schema idempotently and verify the required objects.");
        config.AddCommand<SmokeCommand>("smoke")
            .WithDescription("Dry-run the loader as a child process and prove it wrote nothing.");
        config.AddCommand<ResetCommand>("reset")
            .WithDescription("Drop and recreate the stack's databases (needs --yes).");
        config.AddCommand<VerifyCommand>("verify")
            .WithDescription("Run the whole stack-reset-and-verify routine and write a Markdown report.");
        config.AddCommand<StatusCommand>("status")
            .WithDescription("Show recent runs, data freshness and row counts.");
        config.AddCommand<SimulateCommand>("simulate")
            .WithDescription("Serve a faithful QTickets API simulator on loopback.");
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
