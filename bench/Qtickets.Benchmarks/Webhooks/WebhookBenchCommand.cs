using System.Globalization;
using System.Net.Http.Headers;
using Qtickets.Benchmarks.EndToEnd;
using Qtickets.Cli.Routine.Sales;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Local;
using Qtickets.Simulator;
using Qtickets.Simulator.Webhooks;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// <c>./bench.sh --webhooks</c>: the whole push path at a steady rate. A fresh database loaded by <c>qtickets run</c>
/// from the simulator, then <c>qtickets listen</c> as a child process with the real applier; the benchmark refunds
/// orders through the simulator's API at the target rate (one signed <c>refunded</c> webhook each) and measures from
/// each API call to the refund being in the daily facts (a probe reading them as a dashboard does), beside the
/// simulator's change-to-HTTP-200 and the listener's receipt-to-stored figures. Ends by checking facts against staging.
/// </summary>
internal static class WebhookBenchCommand
{
    private const string Secret = "bench-webhook-secret";

    // The simulator's default of 8 POSTs in flight would hold webhooks back in the sender as soon as an answer takes
    // longer than 8 / rate seconds (400 ms at 20/s), so the figures would measure the sender; QTickets' own limit is not
    // documented. 64 keeps every webhook in flight at once at these rates.
    public const int ConcurrentDeliveries = 64;
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(BenchOptions options, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await BenchWorkspace.OpenAsync(options, output, time).ConfigureAwait(false) is not { } workspace)
        {
            return 2;
        }

        var (cliDll, logDirectory) = (workspace.CliDll, workspace.LogDirectory);
        output.WriteLine("bench: starting the local ClickHouse (.local/bench-clickhouse)");
        await using var clickHouse = await BenchClickHouse.StartAsync(workspace.ClickHouseState, cancellationToken).ConfigureAwait(false);
        await clickHouse.ResetAsync(cliDll, logDirectory, cancellationToken).ConfigureAwait(false);
        using var chHttp = ClickHouseHttpClient.CreateHttpClient(clickHouse.Connection.Options(clickHouse.Connection.Admin));
        var admin = new ClickHouseHttpClient(chHttp, clickHouse.Connection.Options(clickHouse.Connection.Admin));

        var port = FreePorts.Pick([]);
        output.WriteLine(Invariant($"bench: simulator with {options.Orders:N0} orders, webhooks to port {port}"));
        await using var simulator = await SimulatorServer.StartAsync(new SimulatorOptions
        {
            Orders = options.Orders,
            RequestLogCapacity = 0,
            Webhooks = new WebhookOptions
            {
                Url = new Uri(Invariant($"http://127.0.0.1:{port}/webhooks/qtickets")),
                Secret = Secret,
                MaxConcurrentDeliveries = ConcurrentDeliveries,
            },
        }, time, cancellationToken).ConfigureAwait(false);
        var envFile = WriteEnv(logDirectory, simulator);
        var firstLoad = await FirstLoadAsync(cliDll, envFile, clickHouse, logDirectory, output, cancellationToken).ConfigureAwait(false);

        using var api = Api(simulator);
        var refunds = options.WebhookRate * options.WebhookSeconds;
        var plan = await RefundPlan.MakeAsync(admin, api, refunds, cancellationToken).ConfigureAwait(false);
        await using var listener = await ChildListener.StartAsync(
            cliDll, clickHouse.EnvFile, envFile, port, options.LoaderEnvironment, Path.Combine(logDirectory, "listen.log"), admin, cancellationToken).ConfigureAwait(false);
        output.WriteLine(Invariant($"bench: `qtickets listen` at {listener.WebhookUri}; {refunds} refunds through the API at {options.WebhookRate}/s..."));
        var result = await MeasureAsync(options, plan, simulator, listener, admin, api, time, firstLoad, cancellationToken).ConfigureAwait(false);

        var report = WebhookBenchReport.Render(MachineInfo.Describe(clickHouse.Version), result);
        output.WriteLine();
        output.Write(report);
        var resultFile = await workspace.WriteResultAsync("bench-webhooks", options, report, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"written to {resultFile}; logs in {logDirectory}");
        return result.Complete ? 0 : 1;
    }

    private static async Task<WebhookBenchResult> MeasureAsync(
        BenchOptions options, IReadOnlyList<PlannedRefund> plan, SimulatorServer simulator, ChildListener listener, IClickHouseClient admin,
        HttpClient api, TimeProvider time, TimeSpan firstLoad, CancellationToken cancellationToken)
    {
        var loadBefore = LoadAverage.OneMinute();
        var timeline = new RefundTimeline(plan.Count, time);
        using var probeStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var probe = new FactsProbe(admin, time).WatchAsync(plan, timeline, probeStop.Token);
        var sending = await new RefundDriver(api, time).RunAsync(plan, timeline, options.WebhookRate, cancellationToken).ConfigureAwait(false);

        // Every webhook answered (or given up) and every refund seen in the facts, or the drain limit.
        probeStop.CancelAfter(DrainLimit);
        await probe.ConfigureAwait(false);
        var stats = await DrainAsync(simulator, plan.Count, time, cancellationToken).ConfigureAwait(false);
        var loadAfter = LoadAverage.OneMinute();
        var measured = await listener.StopAsync(cancellationToken).ConfigureAwait(false);
        var stored = new StoredSales(admin);
        var differing = (await stored.FactsAsync(cancellationToken).ConfigureAwait(false))
            .KeysDifferingFrom(await stored.StagingAsync(cancellationToken).ConfigureAwait(false)).Count;
        return new WebhookBenchResult(options.Orders, firstLoad, options.WebhookRate, plan.Count, sending, LatencySummary.From(timeline.LatenciesMs()),
            stats, measured, differing, loadBefore, loadAfter);
    }

    private static async Task<WebhookStats> DrainAsync(SimulatorServer simulator, int expected, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (simulator.Webhooks.Delivered + simulator.Webhooks.GaveUp < expected && time.GetElapsedTime(started) < DrainLimit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken).ConfigureAwait(false);
        }

        return simulator.Webhooks;
    }

    private static async Task<TimeSpan> FirstLoadAsync(
        string cliDll, string envFile, BenchClickHouse clickHouse, string logDirectory, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine("bench: first load (qtickets run)...");
        var outcome = await MeasuredChild.RunAsync(cliDll, ["run", "--env-file", envFile, "--ch-env", clickHouse.EnvFile], Path.Combine(logDirectory, "run.log"), cancellationToken)
            .ConfigureAwait(false);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"qtickets run exited {outcome.ExitCode}; see {outcome.LogFile}");
        }

        output.WriteLine(Invariant($"bench: loaded in {outcome.Wall.TotalSeconds:F1} s"));
        return outcome.Wall;
    }

    /// <summary>The settings of the first load and of the listener (which asks the API for events it does not know).</summary>
    private static string WriteEnv(string logDirectory, SimulatorServer simulator)
    {
        var path = Path.Combine(logDirectory, "webhooks.env");
        string[] lines =
        [
            $"QTICKETS_BASE_URL={simulator.RestBaseUri.AbsoluteUri}",
            $"QTICKETS_TOKEN={simulator.Token}",
            "ORG_NAME=bench",
            "QTICKETS_INITIAL_BACKFILL_HOURS=9000",
            $"QTICKETS_WEBHOOK_SECRET={Secret}",
            "QTICKETS_WEBHOOK_METRICS_INTERVAL_SECONDS=3600",
        ];
        PrivateFile.Write(path, string.Join('\n', lines) + "\n"); // it holds the API token and the webhook secret
        return path;
    }

    private static HttpClient Api(SimulatorServer simulator)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = simulator.RestBaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.Token);
        return http;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
