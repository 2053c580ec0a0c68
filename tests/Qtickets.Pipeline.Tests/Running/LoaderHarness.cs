using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Pipeline.Tests.Running;

/// <summary>
/// One simulator over loopback and one freshly bootstrapped ClickHouse database, and a way to run the real loader
/// between them with given settings. Every run's log lines are captured.
/// </summary>
internal sealed class LoaderHarness : IAsyncDisposable
{
    private LoaderHarness(SimulatorServer simulator, ClickHouseTestDatabase database, ClickHouseServerFixture server)
    {
        Simulator = simulator;
        Database = database;
        Server = server;
    }

    public SimulatorServer Simulator { get; }

    public ClickHouseTestDatabase Database { get; }

    public ClickHouseServerFixture Server { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public IClickHouseClient Admin => Database.Admin;

    public static async Task<LoaderHarness> StartAsync(ClickHouseServerFixture server, SimulatorOptions? options = null)
    {
        var simulator = await SimulatorServer.StartAsync(options ?? new SimulatorOptions { Orders = 600, Events = 8, Seed = 7 }, null, CancellationToken.None);
        var database = await server.CreateDatabaseAsync();
        return new LoaderHarness(simulator, database, server);
    }

    /// <summary>The settings of a real run against this harness; <paramref name="overrides"/> win.</summary>
    public Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var connection = Server.Connection;
        var env = new Dictionary<string, string>
        {
            ["QTICKETS_TOKEN"] = Simulator.Token,
            ["QTICKETS_BASE_URL"] = Simulator.RestBaseUri.ToString(),
            ["ORG_NAME"] = "test_org",
            ["QTICKETS_INITIAL_BACKFILL_HOURS"] = (24 * 400).ToString(CultureInfo.InvariantCulture),
            ["QTICKETS_FULL_SCAN_HOURS"] = "0",
            ["QTICKETS_MAX_RETRIES"] = "1",
            ["QTICKETS_REQUEST_TIMEOUT_SECONDS"] = "10",
            ["CLICKHOUSE_HOST"] = connection.Host,
            ["CLICKHOUSE_PORT"] = connection.Port.ToString(CultureInfo.InvariantCulture),
            ["CLICKHOUSE_DB"] = Database.Name,
            ["CLICKHOUSE_USER"] = connection.Writer.User,
            ["CLICKHOUSE_PASSWORD"] = connection.Writer.Password,
            ["LOG_LEVEL"] = "trace",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }

        return env;
    }

    public async Task<RunReport> RunAsync(IReadOnlyDictionary<string, string>? overrides = null, RunOverrides? flags = null)
    {
        var settings = LoaderSettingsParser.Parse(SettingsLayers.Create(flags?.AsSettings(), environment: Environment(overrides)), flags);
        using var logs = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        await using var factory = LoaderJobFactory.Create(settings, logs);
        return await factory.Job.RunAsync(CancellationToken.None);
    }

    public async Task<long> ScalarAsync(string sql) =>
        await Admin.QueryScalarAsync<long>(sql, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        await Database.DisposeAsync();
        Logs.Dispose();
    }
}
