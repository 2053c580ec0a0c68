using System.Globalization;
using Qtickets.Simulator;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// Runs the loader (<c>qtickets run</c>) as a child process against the in-process simulator and the benchmark's
/// ClickHouse (through the timing proxy), and gathers what the table shows: wall time, peak RSS, order page requests
/// (from the simulator's request log), inserts (from the proxy) and the run's own <c>meta_job_runs</c> row.
/// </summary>
internal sealed class LoaderRunner(string cliDll, string logDirectory, BenchClickHouse clickHouse, InsertTimingProxy proxy, IReadOnlyDictionary<string, string> loaderEnvironment)
{
    private int _runs;

    public string ClickHouseEnvFile { get; } = WriteProxyEnv(logDirectory, clickHouse, proxy);

    public async Task<LoaderRunResult> RunAsync(
        string scenario, string variant, SimulatorServer simulator, IReadOnlyDictionary<string, string> settings,
        IReadOnlyList<string> flags, CancellationToken cancellationToken)
    {
        var api = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["QTICKETS_BASE_URL"] = simulator.RestBaseUri.AbsoluteUri,
            ["QTICKETS_TOKEN"] = simulator.Token,
        };
        simulator.Requests.Clear();
        return await RunAsync(
            scenario, variant, api, settings, flags,
            () => simulator.RequestCountExact("GET", "orders") + simulator.RequestCountExact("POST", "orders"),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A run from saved files (<c>--offline-fixtures-dir</c>): no request leaves the process.</summary>
    public async Task<LoaderRunResult> RunOfflineAsync(string scenario, string variant, string fixtureDirectory, CancellationToken cancellationToken)
    {
        // A base URL nobody listens on: the run must not need it.
        var api = new Dictionary<string, string>(StringComparer.Ordinal) { ["QTICKETS_BASE_URL"] = "http://127.0.0.1:9/api/rest/v1/" };
        return await RunAsync(
            scenario, variant, api, new Dictionary<string, string>(StringComparer.Ordinal), ["--offline-fixtures-dir", fixtureDirectory],
            () => 0, cancellationToken).ConfigureAwait(false);
    }

    private async Task<LoaderRunResult> RunAsync(
        string scenario, string variant, IReadOnlyDictionary<string, string> api, IReadOnlyDictionary<string, string> settings,
        IReadOnlyList<string> flags, Func<int> orderPages, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _runs).ToString("D2", CultureInfo.InvariantCulture);
        var envFile = Path.Combine(logDirectory, $"run{number}.env");
        var lines = new Dictionary<string, string>(api, StringComparer.Ordinal)
        {
            ["ORG_NAME"] = "bench",
            ["QTICKETS_INITIAL_BACKFILL_HOURS"] = "9000",
        };
        foreach (var (key, value) in settings)
        {
            lines[key] = value;
        }

        PrivateFile.Write(envFile, string.Join('\n', lines.Select(pair => $"{pair.Key}={pair.Value}")) + "\n"); // it holds the API token
        proxy.TakeStats();
        var load = LoadAverage.OneMinute();
        string[] args = ["run", "--env-file", envFile, "--ch-env", ClickHouseEnvFile, .. flags];
        var outcome = await MeasuredChild.RunAsync(cliDll, args, loaderEnvironment, Path.Combine(logDirectory, $"run{number}-{Slug(scenario)}-{Slug(variant)}.log"), cancellationToken).ConfigureAwait(false);
        var run = await clickHouse.LastRunAsync(cancellationToken).ConfigureAwait(false);
        return new LoaderRunResult(scenario, variant, outcome.ExitCode, run, orderPages(), outcome.Wall, LoaderLog.OrdersStage(outcome.Output), LoaderLog.Stages(outcome.Output),
            LoaderLog.Load(outcome.Output), outcome.PeakResidentBytes, outcome.Cpu, proxy.TakeStats(), load, outcome.LogFile);
    }

    private static string WriteProxyEnv(string logDirectory, BenchClickHouse clickHouse, InsertTimingProxy proxy)
    {
        var path = Path.Combine(logDirectory, "clickhouse-via-proxy.env");
        var writer = clickHouse.Connection.Writer;
        string[] lines =
        [
            "CLICKHOUSE_HOST=127.0.0.1",
            $"CLICKHOUSE_PORT={proxy.Port.ToString(CultureInfo.InvariantCulture)}",
            $"CLICKHOUSE_DB={clickHouse.Connection.Database}",
            $"CLICKHOUSE_USER={writer.User}",
            $"CLICKHOUSE_PASSWORD={writer.Password}",
        ];
        PrivateFile.Write(path, string.Join('\n', lines) + "\n"); // it holds the writer's password

        return path;
    }

    private static string Slug(string text) =>
        new([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
