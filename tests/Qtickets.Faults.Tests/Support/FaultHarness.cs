using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.ClickHouse.Testing;
using Qtickets.Configuration;
using Qtickets.Pipeline.Running;
using Qtickets.Simulator;
using Qtickets.TestUtilities.Logging;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// The real loader between the real simulator (loopback) and a real ClickHouse database, run in-process through
/// <see cref="LoaderJobFactory"/> or as the <c>qtickets</c> child process. Every log line, error and console line
/// of every run is kept for the secrets check. Settings keep runs fast: few retries, 20 ms back-off, short timeouts.
/// </summary>
internal sealed partial class FaultHarness : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _texts = new();
    private readonly ConcurrentQueue<(string Name, string Value)> _otherSecrets = new();
    private readonly IAsyncDisposable? _ownedDatabase;

    private FaultHarness(SimulatorServer simulator, ClickHouseTarget target, IAsyncDisposable? ownedDatabase)
    {
        Simulator = simulator;
        Target = target;
        _ownedDatabase = ownedDatabase;
    }

    public SimulatorServer Simulator { get; }

    /// <summary>Where runs write; replaced when a private server restarts on another port.</summary>
    public ClickHouseTarget Target { get; set; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>The tokens of the simulator, every password of <see cref="Environment"/> and the secrets of <see cref="AddSecret"/>.</summary>
    public SecretSet Secrets
    {
        get
        {
            var secrets = new SecretSet()
                .Add("QTICKETS_TOKEN", Simulator.Token)
                .Add("QTICKETS_PARTNERS_TOKEN", Simulator.PartnersToken)
                .Add("CLICKHOUSE_PASSWORD", Target.Connection.Writer.Password)
                .Add("CLICKHOUSE_ADMIN_PASSWORD", Target.Connection.Admin.Password)
                .Add("CLICKHOUSE_READER_PASSWORD", Target.Connection.Reader.Password);
            foreach (var (name, value) in _otherSecrets)
            {
                secrets.Add(name, value);
            }

            return secrets;
        }
    }

    /// <summary>A small seeded tenant with long random tokens (so a leak cannot hide in a short common word).</summary>
    public static SimulatorOptions SmallTenant(int seed) => new()
    {
        Orders = 300,
        Events = 4,
        Seed = seed,
        Token = "faults-token-" + Guid.NewGuid().ToString("N"),
        PartnersToken = "faults-partners-" + Guid.NewGuid().ToString("N"),
    };

    /// <summary>A fresh database on the shared test server, dropped with the harness.</summary>
    public static async Task<FaultHarness> StartAsync(ClickHouseServerFixture server, SimulatorOptions options)
    {
        var simulator = await SimulatorServer.StartAsync(options, null, CancellationToken.None);
        var database = await server.CreateDatabaseAsync();
        return new FaultHarness(simulator, new ClickHouseTarget(database.Connection, database.Admin), database);
    }

    /// <summary>A database the caller owns (a private server).</summary>
    public static async Task<FaultHarness> StartAsync(ClickHouseTarget target, SimulatorOptions options) =>
        new(await SimulatorServer.StartAsync(options, null, CancellationToken.None), target, null);

    /// <summary>The settings of a real run against this harness; <paramref name="overrides"/> win.</summary>
    public Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var connection = Target.Connection;
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["QTICKETS_TOKEN"] = Simulator.Token,
            ["QTICKETS_BASE_URL"] = Simulator.RestBaseUri.ToString(),
            ["ORG_NAME"] = "faults_org",
            ["QTICKETS_INITIAL_BACKFILL_HOURS"] = (24 * 400).ToString(CultureInfo.InvariantCulture),
            ["QTICKETS_FULL_SCAN_HOURS"] = "0",
            ["QTICKETS_MAX_RETRIES"] = "4",
            ["QTICKETS_RETRY_BASE_DELAY_MS"] = "20",
            ["QTICKETS_REQUEST_TIMEOUT_SECONDS"] = "5",
            ["CLICKHOUSE_HOST"] = connection.Host,
            ["CLICKHOUSE_PORT"] = connection.Port.ToString(CultureInfo.InvariantCulture),
            ["CLICKHOUSE_DB"] = connection.Database,
            ["CLICKHOUSE_USER"] = connection.Writer.User,
            ["CLICKHOUSE_PASSWORD"] = connection.Writer.Password,
            ["CLICKHOUSE_ADMIN_USER"] = connection.Admin.User,
            ["CLICKHOUSE_ADMIN_PASSWORD"] = connection.Admin.Password,
            ["CLICKHOUSE_READER_USER"] = connection.Reader.User,
            ["CLICKHOUSE_READER_PASSWORD"] = connection.Reader.Password,
            ["LOG_LEVEL"] = "trace",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }

        return env;
    }

    /// <summary>One in-process run; a failure is thrown as <see cref="LoaderRunException"/> after its texts are kept.</summary>
    public async Task<RunReport> RunAsync(
        IReadOnlyDictionary<string, string>? overrides = null,
        IRunObserver? observer = null,
        RunOverrides? flags = null,
        CancellationToken cancellationToken = default)
    {
        var settings = LoaderSettingsParser.Parse(SettingsLayers.Create(flags?.AsSettings(), environment: Environment(overrides)), flags);
        using var logs = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        await using var factory = LoaderJobFactory.Create(settings, logs, observer);
        try
        {
            var report = await factory.Job.RunAsync(cancellationToken);
            _texts.Enqueue(RunMetricsJson.Metrics(report));
            return report;
        }
        catch (LoaderRunException failure)
        {
            _texts.Enqueue(failure.ToString());
            _texts.Enqueue(RunMetricsJson.Metrics(failure.Report));
            throw;
        }
    }

    /// <summary>A run that must fail; returns its failure.</summary>
    public Task<LoaderRunException> FailAsync(IReadOnlyDictionary<string, string>? overrides = null, IRunObserver? observer = null) =>
        Assert.ThrowsAsync<LoaderRunException>(() => RunAsync(overrides, observer));

    /// <summary><c>qtickets</c> as a child process with <see cref="Environment"/> as its environment.</summary>
    public async Task<CliResult> RunCliAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var result = await Cli.RunAsync(arguments, Environment(overrides));
        Keep(result);
        return result;
    }

    /// <summary>Keeps what a child process printed for the secrets check (one started with <see cref="Cli.Start"/>).</summary>
    public void Keep(CliResult result)
    {
        foreach (var line in result.AllText)
        {
            _texts.Enqueue(line);
        }
    }

    /// <summary>Another secret of the test's configuration (e.g. <c>QTICKETS_WEBHOOK_SECRET</c>) for <see cref="Secrets"/>.</summary>
    public void AddSecret(string name, string value) => _otherSecrets.Enqueue((name, value));

    /// <summary>Ends every injected fault (keeps the tenant's own behaviour: whether it ignores the query).</summary>
    public void ClearFaults() => Simulator.UpdateFaults(f => SimulatorFaults.None with { IgnoreWhere = f.IgnoreWhere });

    public async Task<long> ScalarAsync(string sql) => await Target.Admin.QueryScalarAsync<long>(sql, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        if (_ownedDatabase is not null)
        {
            await _ownedDatabase.DisposeAsync();
        }

        Logs.Dispose();
    }
}
