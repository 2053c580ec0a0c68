using System.Globalization;
using Qtickets.Cli.Infrastructure;
using Qtickets.Cli.Routine;
using Qtickets.ClickHouse.Local;
using Qtickets.ClickHouse.Schema;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qtickets.Cli.Commands;

/// <summary>
/// <c>qtickets demo</c>: from a fresh machine to a loaded local ClickHouse and a printed sales summary. Installs and
/// starts the local ClickHouse, bootstraps the schema, serves the simulator on loopback, runs the real loader against
/// both, prints sales per city, per day and the top events. ClickHouse keeps running afterwards for exploring.
/// </summary>
public sealed class DemoCommand(IAnsiConsole console) : AsyncCommand<DemoSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var local = new LocalClickHouse(new LocalClickHouseOptions(settings.StateDir));
        console.MarkupLine("[bold]1/4[/] local ClickHouse (installs Debian's clickhouse-server when missing)...");
        var started = await local.StartAsync(cancellationToken).ConfigureAwait(false);
        var connection = LocalClickHouseEnvFile.Read(local.EnvFile);
        console.MarkupLineInterpolated($"    ClickHouse {started.Status.Version} at {started.Status.Url}");

        console.MarkupLineInterpolated($"[bold]2/4[/] fresh database {connection.Database} and schema bootstrap...");
        await BootstrapAsync(connection, cancellationToken).ConfigureAwait(false);

        console.MarkupLine("[bold]3/4[/] simulator and loader...");
        var simulatorOptions = new SimulatorOptions { Orders = settings.Orders, Events = settings.Events, Seed = settings.Seed };
        await using var simulator = await SimulatorServer.StartAsync(simulatorOptions, null, cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"    simulator at {simulator.RestBaseUri} ({settings.Orders} orders, {settings.Events} events)");
        var report = await LoadAsync(connection, simulator, cancellationToken).ConfigureAwait(false);
        RunSummaryTable.Write(console, report);

        console.MarkupLine("[bold]4/4[/] sales summary");
        await PrintSummaryAsync(connection, cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"ClickHouse keeps running: explore with [green]--ch-env {local.EnvFile}[/] (e.g. ./qtickets status), stop with [green]./qtickets clickhouse stop[/]");
        return ExitCodes.Success;
    }

    private static async Task BootstrapAsync(LocalClickHouseConnection connection, CancellationToken cancellationToken)
    {
        using var session = new ClickHouseSession(connection.Options(connection.Admin, "default"));
        // The demo regenerates its tenant relative to now: a fresh database keeps earlier demos' days out of the totals.
        await new StackReset(session.Client, connection.Database).RunAsync(cancellationToken).ConfigureAwait(false);
        var result = await new SchemaBootstrapper(session.Client, new SchemaBootstrapOptions(connection.Database))
            .ApplyAsync(cancellationToken).ConfigureAwait(false);
        if (!result.IsComplete)
        {
            throw new InvalidOperationException($"bootstrap left required objects missing: {string.Join(", ", result.MissingRequired)}");
        }
    }

    private static async Task<RunReport> LoadAsync(LocalClickHouseConnection connection, SimulatorServer simulator, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>
        {
            ["QTICKETS_TOKEN"] = simulator.Token,
            ["QTICKETS_BASE_URL"] = simulator.RestBaseUri.ToString(),
            ["ORG_NAME"] = "demo",
            ["QTICKETS_INITIAL_BACKFILL_HOURS"] = (24 * 400).ToString(CultureInfo.InvariantCulture),
            ["QTICKETS_FULL_SCAN_HOURS"] = "0",
            ["CLICKHOUSE_HOST"] = connection.Host,
            ["CLICKHOUSE_PORT"] = connection.Port.ToString(CultureInfo.InvariantCulture),
            ["CLICKHOUSE_DB"] = connection.Database,
            ["CLICKHOUSE_USER"] = connection.Writer.User,
            ["CLICKHOUSE_PASSWORD"] = connection.Writer.Password,
        };
        var settings = LoaderSettingsParser.Parse(SettingsLayers.Create(environment: environment), new RunOverrides(FullScan: true));
        using var logs = CommandEnvironment.Logging(settings);
        var observer = new LoggingRunObserver(logs.CreateLogger("qtickets.progress"), TimeProvider.System, TimeSpan.FromSeconds(2));
        await using var factory = LoaderJobFactory.Create(settings, logs, observer);
        return await factory.Job.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task PrintSummaryAsync(LocalClickHouseConnection connection, CancellationToken cancellationToken)
    {
        using var session = new ClickHouseSession(connection.Options(connection.Reader));
        var summary = new SalesSummary(session.Client);
        Write("sales per city", "city", await summary.PerCityAsync(cancellationToken).ConfigureAwait(false));
        Write("sales per day, last 14 days (Moscow)", "day", await summary.PerDayAsync(14, cancellationToken).ConfigureAwait(false));
        Write("top 10 events", "event", await summary.TopEventsAsync(10, cancellationToken).ConfigureAwait(false));
    }

    private void Write(string title, string what, IReadOnlyList<SummaryLine> lines)
    {
        var table = new Table().Title(title).AddColumn(what).AddColumn(new TableColumn("tickets").RightAligned()).AddColumn(new TableColumn("revenue, RUB").RightAligned());
        foreach (var line in lines)
        {
            table.AddRow(
                Markup.Escape(line.Label),
                line.Tickets.ToString("N0", CultureInfo.InvariantCulture),
                line.Revenue.ToString("N0", CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]total[/]", $"[bold]{lines.Sum(l => (long)l.Tickets).ToString("N0", CultureInfo.InvariantCulture)}[/]", $"[bold]{lines.Sum(l => l.Revenue).ToString("N0", CultureInfo.InvariantCulture)}[/]");
        console.Write(table);
    }
}
