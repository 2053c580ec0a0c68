using System.Text.Json;
using Qtickets.Benchmarks.EndToEnd;
using Qtickets.ClickHouse;
using Qtickets.Processes;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// <c>qtickets listen</c> as a child process, with whatever applier the build wires; stopped with SIGTERM, its figures
/// read from the <c>meta_job_runs</c> row it writes on stop.
/// </summary>
internal sealed class ChildListener : IListenerUnderTest
{
    private readonly RunningChild _process;
    private readonly IClickHouseClient _admin;

    private ChildListener(RunningChild process, Uri webhookUri, IClickHouseClient admin)
    {
        _process = process;
        WebhookUri = webhookUri;
        _admin = admin;
    }

    public Uri WebhookUri { get; }

    public string Description => "`qtickets listen` (child process) with the applier its build wires: receipt to stored";

    /// <summary>Starts it; null (with the reason) when it exits instead of listening, e.g. because no applier is wired.</summary>
    public static async Task<(ChildListener? Listener, string Output)> StartAsync(
        string cliDll, string chEnv, string envFile, IClickHouseClient admin, CancellationToken cancellationToken)
    {
        var process = ChildProcess.Start(
            MeasuredChild.Command(cliDll, ["listen", "--ch-env", chEnv, "--env-file", envFile, "--port", "0"], new Dictionary<string, string>()),
            TimeProvider.System);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            if (await process.WaitForOutputAsync(l => l.StartsWith("listening ", StringComparison.Ordinal), timeout.Token).ConfigureAwait(false) is { } line)
            {
                return (new ChildListener(process, new Uri(line["listening ".Length..].Trim()), admin), string.Empty);
            }

            var result = await process.WaitAsync(cancellationToken).ConfigureAwait(false);
            await process.DisposeAsync().ConfigureAwait(false);
            return (null, Text(result.Lines) + $" (exit {result.ExitCode})");
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
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"qtickets listen exited {result.ExitCode}: {Text(result.Lines)}");
        }

        var rows = await _admin.QueryAsync<JsonElement>(
            "SELECT metrics FROM meta_job_runs WHERE job = 'qtickets_webhooks' ORDER BY finished_at DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
        using var metrics = JsonDocument.Parse(rows.Single().GetProperty("metrics").GetString()!);
        var m = metrics.RootElement;
        return new ListenerLatency(m.GetProperty("applied").GetInt64(), m.GetProperty("refused").GetInt64(), Number(m, "latency_p50_ms"), Number(m, "latency_p95_ms"));
    }

    /// <summary>Kills the listener (with its tree) if it still runs.</summary>
    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static double? Number(JsonElement metrics, string name) =>
        metrics.GetProperty(name).ValueKind == JsonValueKind.Number ? metrics.GetProperty(name).GetDouble() : null;

    private static string Text(IReadOnlyList<string> lines) => string.Join(" | ", lines.TakeLast(5));
}
