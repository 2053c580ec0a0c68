using System.Globalization;
using System.Text.Json;
using Qtickets.Benchmarks.EndToEnd;
using Qtickets.ClickHouse;
using Qtickets.Processes;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// <c>qtickets listen</c> as a child process, with the applier the build wires (the pipeline's: staging and the daily
/// facts); stopped with SIGTERM, its figures read from the <c>meta_job_runs</c> row it writes on stop.
/// </summary>
internal sealed class ChildListener : IAsyncDisposable
{
    private readonly RunningChild _process;
    private readonly IClickHouseClient _admin;
    private readonly string _logFile;

    private ChildListener(RunningChild process, Uri webhookUri, IClickHouseClient admin, string logFile)
    {
        _process = process;
        WebhookUri = webhookUri;
        _admin = admin;
        _logFile = logFile;
    }

    public Uri WebhookUri { get; }

    /// <summary>
    /// Starts it on <paramref name="port"/> (with <paramref name="environment"/> set for it alone) and returns once it
    /// listens; throws with its last lines when it exits instead. Its output goes to <paramref name="logFile"/> when it stops.
    /// </summary>
    public static async Task<ChildListener> StartAsync(
        string cliDll, string chEnv, string envFile, int port, IReadOnlyDictionary<string, string> environment, string logFile,
        IClickHouseClient admin, CancellationToken cancellationToken)
    {
        string[] args = ["listen", "--ch-env", chEnv, "--env-file", envFile, "--port", port.ToString(CultureInfo.InvariantCulture)];
        var process = ChildProcess.Start(MeasuredChild.Command(cliDll, args, environment), TimeProvider.System);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            if (await process.WaitForOutputAsync(l => l.StartsWith("listening ", StringComparison.Ordinal), timeout.Token).ConfigureAwait(false) is { } line)
            {
                return new ChildListener(process, new Uri(line["listening ".Length..].Trim()), admin, logFile);
            }

            var result = await process.WaitAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"qtickets listen did not start: {Text(result.Lines)} (exit {result.ExitCode})");
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<ListenerLatency> StopAsync(CancellationToken cancellationToken)
    {
        _process.Terminate();
        var result = await _process.WaitAsync(cancellationToken).ConfigureAwait(false);
        await File.WriteAllLinesAsync(_logFile, result.Lines, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"qtickets listen exited {result.ExitCode}: {Text(result.Lines)}");
        }

        var rows = await _admin.QueryAsync<JsonElement>(
            "SELECT metrics FROM meta_job_runs WHERE job = 'qtickets_webhooks' ORDER BY finished_at DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
        using var metrics = JsonDocument.Parse(rows.Single().GetProperty("metrics").GetString()!);
        var m = metrics.RootElement;
        return new ListenerLatency(
            m.GetProperty("applied").GetInt64(), m.GetProperty("refused").GetInt64(), m.GetProperty("batches").GetInt64(), Number(m, "latency_p50_ms"), Number(m, "latency_p95_ms"));
    }

    /// <summary>Kills the listener (with its tree) if it still runs.</summary>
    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static double? Number(JsonElement metrics, string name) =>
        metrics.GetProperty(name).ValueKind == JsonValueKind.Number ? metrics.GetProperty(name).GetDouble() : null;

    private static string Text(IReadOnlyList<string> lines) => string.Join(" | ", lines.TakeLast(5));
}
