using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse.Testing;
using Qtickets.Cli.Infrastructure;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Cli.Tests.Infrastructure;

/// <summary>A real run against the simulator shows progress lines of every long stage, not only of orders.</summary>
public sealed class ProgressOfEveryStageTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    [Fact]
    public async Task A_run_with_a_tiny_interval_shows_progress_of_orders_inventory_catalogues_and_barcodes()
    {
        await using var simulator = await SimulatorServer.StartAsync(new SimulatorOptions { Orders = 300, Events = 6, Seed = 5 }, null, CancellationToken.None);
        await using var db = await clickHouse.CreateDatabaseAsync();
        using var capture = new CapturingLoggerProvider();
        using var logs = LoggerFactory.Create(builder => builder.AddProvider(capture).SetMinimumLevel(LogLevel.Information));
        var observer = new LoggingRunObserver(logs.CreateLogger("qtickets.progress"), TimeProvider.System, TimeSpan.FromTicks(1));
        await using var factory = LoaderJobFactory.Create(Settings(simulator, db.Name), logs, observer);

        var report = await factory.Job.RunAsync(CancellationToken.None);

        var progress = capture.Lines.Where(l => l.Category == "qtickets.progress").Select(l => l.Message).ToList();
        var shows = (int)report.Datasets["inventory"];
        Assert.Contains(progress, l => l.StartsWith("orders progress: ", StringComparison.Ordinal));
        Assert.Contains($"inventory progress: 1/{shows} shows", progress);
        Assert.Contains($"inventory progress: {shows}/{shows} shows", progress);
        Assert.Contains($"barcodes progress: {shows}/{shows} shows, {report.Datasets["barcodes"]} rows", progress);
        Assert.Contains(progress, l => l.StartsWith("clients progress: 1 pages, ", StringComparison.Ordinal));
        Assert.Contains(progress, l => l.EndsWith($" pages, {report.Datasets["clients"]} rows", StringComparison.Ordinal));
        Assert.Contains($"discounts progress: 1 pages, {report.Datasets["discounts"]} rows", progress);
        Assert.True(shows > 1, $"the tenant needs more than one show for the lines in between, got {shows}");
    }

    private LoaderSettings Settings(SimulatorServer simulator, string database)
    {
        var c = clickHouse.Connection;
        var environment = new Dictionary<string, string>
        {
            ["QTICKETS_TOKEN"] = simulator.Token,
            ["QTICKETS_BASE_URL"] = simulator.RestBaseUri.ToString(),
            ["ORG_NAME"] = "test",
            ["QTICKETS_INITIAL_BACKFILL_HOURS"] = "9600",
            ["CLICKHOUSE_HOST"] = c.Host,
            ["CLICKHOUSE_PORT"] = c.Port.ToString(CultureInfo.InvariantCulture),
            ["CLICKHOUSE_DB"] = database,
            ["CLICKHOUSE_USER"] = c.Writer.User,
            ["CLICKHOUSE_PASSWORD"] = c.Writer.Password,
        };
        return LoaderSettingsParser.Parse(SettingsLayers.Create(environment: environment));
    }
}
