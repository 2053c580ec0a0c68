using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Pushed;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;
using Qtickets.TestUtilities.Http;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Pipeline.Tests.Running;

/// <summary>
/// One API over loopback (the simulator, or a <see cref="StubApiServer"/> answering what a test wrote) and one freshly
/// bootstrapped ClickHouse database, and a way to run the real loader between them with given settings, or to store
/// pushed orders (webhooks) with the listener's real store. Every log line is captured.
/// </summary>
internal sealed class LoaderHarness : IAsyncDisposable
{
    private const string StubToken = "stub-token-0123456789";
    private readonly SimulatorServer? _simulator;
    private readonly IAsyncDisposable _api;
    private readonly Uri _apiBase;
    private readonly string _token;
    private readonly List<IDisposable> _pushed = [];

    private LoaderHarness(SimulatorServer? simulator, IAsyncDisposable api, Uri apiBase, string token, ClickHouseTestDatabase database, ClickHouseServerFixture server)
    {
        _simulator = simulator;
        _api = api;
        _apiBase = apiBase;
        _token = token;
        Database = database;
        Server = server;
    }

    public SimulatorServer Simulator => _simulator ?? throw new InvalidOperationException("this harness runs against a stub server");

    public ClickHouseTestDatabase Database { get; }

    public ClickHouseServerFixture Server { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public IClickHouseClient Admin => Database.Admin;

    /// <summary>Every request the stub server was sent so far (empty for the simulator).</summary>
    public IReadOnlyList<TestUtilities.Http.RecordedRequest> ApiRequests => (_api as StubApiServer)?.Requests ?? [];

    public static async Task<LoaderHarness> StartAsync(ClickHouseServerFixture server, SimulatorOptions? options = null)
    {
        var simulator = await SimulatorServer.StartAsync(options ?? new SimulatorOptions { Orders = 600, Events = 8, Seed = 7 }, null, CancellationToken.None);
        var database = await server.CreateDatabaseAsync();
        return new LoaderHarness(simulator, simulator, simulator.RestBaseUri, simulator.Token, database, server);
    }

    /// <summary>A harness whose API is a stub server answering with <paramref name="respond"/>.</summary>
    public static async Task<LoaderHarness> StartAsync(ClickHouseServerFixture server, Func<TestUtilities.Http.RecordedRequest, StubAnswer> respond)
    {
        var stub = await StubApiServer.StartAsync(respond);
        var database = await server.CreateDatabaseAsync();
        return new LoaderHarness(null, stub, stub.RestBaseUri, StubToken, database, server);
    }

    /// <summary>The settings of a real run against this harness; <paramref name="overrides"/> win.</summary>
    public Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var connection = Server.Connection;
        var env = new Dictionary<string, string>
        {
            ["QTICKETS_TOKEN"] = _token,
            ["QTICKETS_BASE_URL"] = _apiBase.ToString(),
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

    /// <summary>
    /// The store <c>qtickets listen</c> uses, with the settings of a run against this harness (<paramref name="overrides"/>
    /// win), writing as the loader's account; a new one is a restarted listener (nothing known in memory).
    /// </summary>
    public PushedOrderStore PushedStore(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = LoaderSettingsParser.Parse(SettingsLayers.Create(null, environment: Environment(overrides)));
        var logs = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        var (store, connections) = PushedOrderStore.Create(settings, Database.Writer, logs, TimeProvider.System);
        _pushed.Add(connections);
        _pushed.Add(logs);
        return store;
    }

    public async Task<long> ScalarAsync(string sql) =>
        await Admin.QueryScalarAsync<long>(sql, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        _pushed.ForEach(pushed => pushed.Dispose());
        await _api.DisposeAsync();
        await Database.DisposeAsync();
        Logs.Dispose();
    }
}
