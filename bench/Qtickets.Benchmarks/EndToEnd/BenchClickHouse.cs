using System.Text.Json;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Local;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// The benchmark's own local ClickHouse (state directory <c>.local/bench-clickhouse</c>, started through the project's
/// <see cref="LocalClickHouse"/> and stopped at the end), a fresh database per scenario (the CLI's <c>reset</c> and
/// <c>bootstrap</c>), and reads of <c>meta_job_runs</c> and row counts with the admin account.
/// </summary>
internal sealed class BenchClickHouse : IAsyncDisposable
{
    private readonly LocalClickHouse _server;
    private readonly HttpClient _http;
    private readonly ClickHouseHttpClient _admin;

    private BenchClickHouse(LocalClickHouse server, LocalClickHouseConnection connection)
    {
        _server = server;
        Connection = connection;
        var options = connection.Options(connection.Admin);
        _http = ClickHouseHttpClient.CreateHttpClient(options);
        _admin = new ClickHouseHttpClient(_http, options);
    }

    public LocalClickHouseConnection Connection { get; }

    public string EnvFile => _server.EnvFile;

    public static async Task<BenchClickHouse> StartAsync(string stateDirectory, CancellationToken cancellationToken)
    {
        var server = new LocalClickHouse(new LocalClickHouseOptions(stateDirectory));
        var started = await server.StartAsync(cancellationToken).ConfigureAwait(false);
        return new BenchClickHouse(server, LocalClickHouseEnvFile.Read(server.EnvFile))
        {
            Version = started.Status.Version ?? "?",
        };
    }

    public string Version { get; private init; } = "?";

    /// <summary>Drops and recreates the database and applies the schema, through the CLI as an operator would.</summary>
    public async Task ResetAsync(string cliDll, string logDirectory, CancellationToken cancellationToken)
    {
        foreach (var (name, args) in new[] { ("reset", new[] { "reset", "--yes", "--ch-env", EnvFile }), ("bootstrap", new[] { "bootstrap", "--ch-env", EnvFile }) })
        {
            var outcome = await MeasuredChild.RunAsync(cliDll, args, Path.Combine(logDirectory, $"{name}.log"), cancellationToken).ConfigureAwait(false);
            if (outcome.ExitCode != 0)
            {
                throw new InvalidOperationException($"qtickets {name} exited {outcome.ExitCode}; see {outcome.LogFile}");
            }
        }
    }

    /// <summary>The newest row of <c>meta_job_runs</c>: its status and metrics.</summary>
    public async Task<JobRunMetrics> LastRunAsync(CancellationToken cancellationToken)
    {
        var rows = await _admin.QueryAsync<JsonElement>(
            "SELECT status, rows_processed, metrics FROM meta_job_runs ORDER BY finished_at DESC, started_at DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? JobRunMetrics.None : JobRunMetrics.From(rows[0]);
    }

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken) =>
        await _admin.QueryScalarAsync<long>($"SELECT count() AS c FROM {table} FINAL", cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
