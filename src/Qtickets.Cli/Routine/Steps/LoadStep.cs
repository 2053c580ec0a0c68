using System.Globalization;
using Qtickets.ClickHouse.Schema;
using Qtickets.ClickHouse.Sql;
using Qtickets.Cli.Infrastructure;
using Qtickets.Configuration;
using Qtickets.Simulator;

namespace Qtickets.Cli.Routine.Steps;

/// <summary>
/// Step 5: a real run (<c>run --full-scan</c>, not a dry run) of the program the build published, with the writer
/// account. By default against a QTickets simulator verify starts on loopback (a small seeded tenant, a random token);
/// with <c>--live</c> against the API of the operator's env file.
/// </summary>
public sealed class LoadStep : IVerifyStep
{
    private const int Seed = 42;

    // Wider than the simulator's year of history, so the first run's window holds every order.
    private const int BackfillHours = 24 * 400;

    public string Name => "load";

    public string Title => "Load: a real run of the built loader";

    public async Task<VerifyStep> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var live = context.Options.Live;
        if (live?.Settings.StubReason is { } reason)
        {
            return VerifyStep.Because(StepOutcome.Failed,
                $"refused: {live.EnvFile} means stub mode ({reason}); a live load needs a real token and DRY_RUN=false");
        }

        string envFile;
        if (live is null)
        {
            envFile = await StartSimulatorAsync(context, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            envFile = live.EnvFile;
            context.Source = new LoadSource(live.Settings.Qtickets.BaseUrl!, live.Settings.Qtickets.Token!.Value,
                $"the QTickets API at {live.Settings.Qtickets.BaseUrl} (--live --env-file {live.EnvFile})", Live: true);
        }

        var program = context.PublishedProgram ?? typeof(LoadStep).Assembly.Location;
        var run = await context.RunAsync(VerifyContext.InMoscowTime(
            QticketsProcess.Published(program, ["run", "--env-file", envFile, "--ch-env", context.ClickHouseEnvFile, "--full-scan"], LogFormat.Text)),
            cancellationToken).ConfigureAwait(false);
        var checks = new List<VerifyCheck>
        {
            StackCommands.ExitCode(run, "qtickets run"),
            VerifyCheck.Equal($"`ok` rows of job {context.Options.JobName} in `meta_job_runs`", 1, await context.CountAsync(
                $"SELECT count() FROM {SqlIdentifier.Quote(context.Database)}.meta_job_runs WHERE job = {SqlLiteral.String(context.Options.JobName)} AND status = 'ok'",
                cancellationToken).ConfigureAwait(false)),
        };
        var orders = await context.RowsAsync(SchemaObjects.OrdersStaging, cancellationToken).ConfigureAwait(false);
        checks.Add(new VerifyCheck("rows written to `stg_qtickets_api_orders_raw`", "at least 1", orders.ToString(CultureInfo.InvariantCulture), orders > 0));
        if (context.Simulator is { } simulator)
        {
            var asked = simulator.RequestCount("GET", simulator.RestBaseUri.AbsolutePath + "orders");
            checks.Add(new VerifyCheck("order pages the simulator served", "at least 1", asked.ToString(CultureInfo.InvariantCulture), asked > 0));
        }

        var built = context.PublishedProgram is null ? "this program (no published build)" : "the published build";
        return VerifyContext.Measured($"{built} loaded {orders} orders from {context.Source!.Description}", checks, run);
    }

    private static async Task<string> StartSimulatorAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var options = new SimulatorOptions
        {
            Orders = context.Options.SimulatorOrders,
            Events = context.Options.SimulatorEvents,
            Seed = Seed,
            Token = context.Options.SimulatorToken,
            PartnersToken = context.Options.SimulatorPartnersToken,
        };
        var simulator = await SimulatorServer.StartAsync(options, context.Time, cancellationToken).ConfigureAwait(false);
        context.Simulator = simulator;
        context.Source = new LoadSource(simulator.RestBaseUri, simulator.Token,
            string.Create(CultureInfo.InvariantCulture, $"the QTickets simulator at {simulator.RestBaseUri} ({options.Orders} orders, {options.Events} events, seed {Seed})"),
            Live: false);
        // Every setting that decides where requests go is in this file, which outranks the process environment.
        return PrivateEnvFile.Write(Path.Combine(context.WorkDirectory, "simulator.env"),
        [
            new(Settings.BaseUrl.Canonical, simulator.RestBaseUri.ToString()),
            new(Settings.Token.Canonical, simulator.Token),
            new(Settings.OrgName.Canonical, "verify"),
            new(Settings.PartnersBaseUrl.Canonical, simulator.PartnersBaseUri.ToString()),
            new(Settings.PartnersToken.Canonical, simulator.PartnersToken),
            new(Settings.DryRun.Canonical, "false"),
            new(Settings.InitialBackfillHours.Canonical, BackfillHours.ToString(CultureInfo.InvariantCulture)),
        ], "The QTickets simulator verify started on loopback; written and deleted by qtickets verify.");
    }
}
