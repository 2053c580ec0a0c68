using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Qtickets.Benchmarks.EndToEnd;
using Qtickets.ClickHouse;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// <c>qtickets listen</c> as a child process, with the applier the build wires (the pipeline's: staging and the daily
/// facts); stopped with SIGTERM, its figures read from the <c>meta_job_runs</c> row it writes on stop.
/// </summary>
internal sealed class ChildListener : IAsyncDisposable
{
    private readonly Process _process;
    private readonly IClickHouseClient _admin;
    private readonly List<string> _output;
    private readonly string _logFile;

    private ChildListener(Process process, Uri webhookUri, IClickHouseClient admin, List<string> output, string logFile)
    {
        _process = process;
        WebhookUri = webhookUri;
        _admin = admin;
        _output = output;
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
        var start = ChildProcess.StartInfo(cliDll, args, environment);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start qtickets listen");
        var output = new List<string>();
        _ = Task.Run(() => CollectAsync(process.StandardError, output), CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            Add(output, line);
            if (line.StartsWith("listening ", StringComparison.Ordinal))
            {
                _ = Task.Run(() => CollectAsync(process.StandardOutput, output), CancellationToken.None);
                return new ChildListener(process, new Uri(line["listening ".Length..].Trim()), admin, output, logFile);
            }
        }

        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var text = Text(output) + $" (exit {process.ExitCode})";
        process.Dispose();
        throw new InvalidOperationException("qtickets listen did not start: " + text);
    }

    public async Task<ListenerLatency> StopAsync(CancellationToken cancellationToken)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }

        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        List<string> lines;
        lock (_output)
        {
            lines = [.. _output];
        }

        await File.WriteAllLinesAsync(_logFile, lines, cancellationToken).ConfigureAwait(false);
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"qtickets listen exited {_process.ExitCode}: {Text(_output)}");
        }

        var rows = await _admin.QueryAsync<JsonElement>(
            "SELECT metrics FROM meta_job_runs WHERE job = 'qtickets_webhooks' ORDER BY finished_at DESC LIMIT 1", cancellationToken).ConfigureAwait(false);
        using var metrics = JsonDocument.Parse(rows.Single().GetProperty("metrics").GetString()!);
        var m = metrics.RootElement;
        return new ListenerLatency(
            m.GetProperty("applied").GetInt64(), m.GetProperty("refused").GetInt64(), m.GetProperty("batches").GetInt64(), Number(m, "latency_p50_ms"), Number(m, "latency_p95_ms"));
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static double? Number(JsonElement metrics, string name) =>
        metrics.GetProperty(name).ValueKind == JsonValueKind.Number ? metrics.GetProperty(name).GetDouble() : null;

    private static async Task CollectAsync(StreamReader reader, List<string> output)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            Add(output, line);
        }
    }

    private static void Add(List<string> output, string line)
    {
        lock (output)
        {
            output.Add(line);
        }
    }

    private static string Text(List<string> output)
    {
        lock (output)
        {
            return string.Join(" | ", output.TakeLast(5));
        }
    }
}
