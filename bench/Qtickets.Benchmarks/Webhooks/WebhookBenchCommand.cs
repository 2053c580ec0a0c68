using System.Globalization;
using Qtickets.Benchmarks.EndToEnd;
using Qtickets.ClickHouse;
using Qtickets.Simulator;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// <c>./bench.sh --webhooks</c>: the simulator (in-process) makes live sales at the target rate and POSTs their
/// webhooks to a listener on loopback; the latency from each change to the listener's HTTP 200 is measured at the
/// simulator, the latency from receipt to the applier's outcome by the listener. The listener is <c>qtickets listen</c>
/// as a child process when its build wires an applier; otherwise the product's listener in-process with an applier
/// that stores nothing, and the report says so.
/// </summary>
internal static class WebhookBenchCommand
{
    private const string Secret = "bench-webhook-secret";

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        var root = Directory.GetCurrentDirectory();
        var cliDll = Path.GetFullPath(options.CliDll ?? Path.Combine(root, ".build", "bench", "cli", "qtickets.dll"));
        if (!File.Exists(cliDll))
        {
            await output.WriteLineAsync($"bench: the command-line program {cliDll} is missing; run ./bench.sh, which builds it").ConfigureAwait(false);
            return 2;
        }

        var stamp = time.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var logDirectory = Directory.CreateDirectory(Path.Combine(root, ".local", "bench-logs", stamp)).FullName;
        output.WriteLine("bench: starting the local ClickHouse (.local/bench-clickhouse)");
        await using var clickHouse = await BenchClickHouse.StartAsync(Path.Combine(root, ".local", "bench-clickhouse"), cancellationToken).ConfigureAwait(false);
        await clickHouse.ResetAsync(cliDll, logDirectory, cancellationToken).ConfigureAwait(false);
        using var http = ClickHouseHttpClient.CreateHttpClient(clickHouse.Connection.Options(clickHouse.Connection.Writer));
        var writer = new ClickHouseHttpClient(http, clickHouse.Connection.Options(clickHouse.Connection.Writer));
        var admin = new ClickHouseHttpClient(http, clickHouse.Connection.Options(clickHouse.Connection.Admin));

        await using var listener = await StartListenerAsync(cliDll, clickHouse, logDirectory, writer, admin, output, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"bench: {listener.Description}");
        var result = await MeasureAsync(options, listener, output, time, cancellationToken).ConfigureAwait(false);

        var report = WebhookBenchReport.Render(MachineInfo.Describe(clickHouse.Version), result);
        output.WriteLine();
        output.Write(report);
        var resultFile = Path.Combine(Directory.CreateDirectory(Path.Combine(root, ".local", "bench-results")).FullName, $"bench-webhooks-{stamp}.md");
        await File.WriteAllTextAsync(resultFile, $"# ./bench.sh {string.Join(' ', options.Arguments)} ({stamp})\n\n{report}", cancellationToken).ConfigureAwait(false);
        output.WriteLine($"written to {resultFile}");
        return result.Simulator.Delivered > 0 && result.Simulator.GaveUp == 0 ? 0 : 1;
    }

    private static async Task<IListenerUnderTest> StartListenerAsync(
        string cliDll, BenchClickHouse clickHouse, string logDirectory, IClickHouseClient writer, IClickHouseClient admin, TextWriter output, CancellationToken cancellationToken)
    {
        var envFile = Path.Combine(logDirectory, "listen.env");
        await File.WriteAllTextAsync(envFile, $"QTICKETS_WEBHOOK_SECRET={Secret}\nQTICKETS_WEBHOOK_METRICS_INTERVAL_SECONDS=3600\n", cancellationToken).ConfigureAwait(false);
        var (child, reason) = await ChildListener.StartAsync(cliDll, clickHouse.EnvFile, envFile, admin, cancellationToken).ConfigureAwait(false);
        if (child is not null)
        {
            return child;
        }

        output.WriteLine($"bench: `qtickets listen` did not start ({reason}); measuring the listener in-process instead");
        return await InProcessListener.StartAsync(Secret, writer, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<WebhookBenchResult> MeasureAsync(
        BenchOptions options, IListenerUnderTest listener, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        var simulatorOptions = new SimulatorOptions
        {
            LiveSalesPerMinute = options.WebhookRate * 30,
            Webhooks = new WebhookOptions { Url = listener.WebhookUri, Secret = Secret },
        };
        var duration = TimeSpan.FromSeconds(options.WebhookSeconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: {options.WebhookRate} webhooks/s for {duration.TotalSeconds:F0} s..."));
        var simulator = await SimulatorServer.StartAsync(simulatorOptions, time, cancellationToken).ConfigureAwait(false);
        WebhookStats stats;
        long sales;
        try
        {
            await Task.Delay(duration, time, cancellationToken).ConfigureAwait(false);
            await simulator.StopLiveSalesAsync().ConfigureAwait(false);
            sales = simulator.LiveSalesMade;
            stats = await DrainAsync(simulator, time, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await simulator.DisposeAsync().ConfigureAwait(false);
        }

        var measured = await listener.StopAsync(cancellationToken).ConfigureAwait(false);
        return new WebhookBenchResult(listener.Description, options.WebhookRate, duration, sales, stats, measured);
    }

    /// <summary>Waits (up to 30 s) until every webhook of the sales made was answered or given up.</summary>
    private static async Task<WebhookStats> DrainAsync(SimulatorServer simulator, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var target = simulator.Webhooks.Queued;
        while (simulator.Webhooks.Delivered + simulator.Webhooks.GaveUp < target && time.GetElapsedTime(started) < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken).ConfigureAwait(false);
        }

        return simulator.Webhooks;
    }
}
