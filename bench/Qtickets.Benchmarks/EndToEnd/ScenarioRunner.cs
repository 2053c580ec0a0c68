using System.Globalization;
using Qtickets.Simulator;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// The loader's benchmark scenarios, each on a fresh database: (a) first-run backfill at concurrency 4 and 1, (b) peak RSS of
/// a large backfill, (c) incremental two-hour runs, filters honoured and ignored, (d) a full scan with filters ignored.
/// </summary>
internal sealed class ScenarioRunner(BenchOptions options, LoaderRunner loader, BenchClickHouse clickHouse, string cliDll, string logDirectory, TextWriter output)
{
    public const string OrdersOnly = "orders only (QTICKETS_SKIP_* all true)";

    public const string NoReconciliation =
        "QTICKETS_FULL_SCAN_HOURS=0 in (c): the setup backfill is the only earlier run and it was no full scan, so " +
        "otherwise the automatic reconciliation would be due and the incremental run would read every order";

    private static readonly Dictionary<string, string> NoSettings = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> SkipOptionalDatasets = new(StringComparer.Ordinal)
    {
        ["QTICKETS_SKIP_CLIENTS"] = "true",
        ["QTICKETS_SKIP_PRICE_SHADES"] = "true",
        ["QTICKETS_SKIP_DISCOUNTS"] = "true",
        ["QTICKETS_SKIP_PROMO_CODES"] = "true",
        ["QTICKETS_SKIP_BARCODES"] = "true",
        ["QTICKETS_SKIP_PARTNER_TICKETS"] = "true",
        ["QTICKETS_SKIP_INVENTORY"] = "true",
    };

    private static readonly string[] Concurrency4 = ["--max-concurrency", "4"];
    private static readonly string[] Concurrency1 = ["--max-concurrency", "1"];

    private readonly List<LoaderRunResult> _results = [];

    public async Task<IReadOnlyList<LoaderRunResult>> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Scenarios.Overlaps(['a', 'c', 'd']))
        {
            await using var simulator = await StartSimulatorAsync(options.Orders, cancellationToken).ConfigureAwait(false);
            if (options.Scenarios.Contains('a'))
            {
                await BackfillAsync(simulator, cancellationToken).ConfigureAwait(false);
            }

            if (options.Scenarios.Contains('c'))
            {
                await IncrementalAsync(simulator, cancellationToken).ConfigureAwait(false);
            }

            if (options.Scenarios.Contains('d'))
            {
                await FullScanAsync(simulator, cancellationToken).ConfigureAwait(false);
            }
        }

        if (options.Scenarios.Contains('b'))
        {
            await using var simulator = await StartSimulatorAsync(options.RssOrders, cancellationToken).ConfigureAwait(false);
            await PeakMemoryAsync(simulator, cancellationToken).ConfigureAwait(false);
        }

        return _results;
    }

    private async Task BackfillAsync(SimulatorServer simulator, CancellationToken cancellationToken)
    {
        var name = $"a: first-run backfill, {Count(options.Orders)} orders, {options.LatencyMs} ms";
        simulator.UpdateFaults(f => f with { LatencyMs = options.LatencyMs, IgnoreWhere = false });
        await FreshDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(name, "concurrency 4", simulator, NoSettings, Concurrency4, cancellationToken).ConfigureAwait(false);
        await FreshDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(name, "concurrency 1", simulator, NoSettings, Concurrency1, cancellationToken).ConfigureAwait(false);
    }

    private async Task IncrementalAsync(SimulatorServer simulator, CancellationToken cancellationToken)
    {
        var name = $"c: incremental 2 h, {Count(options.Orders)} orders, {options.LatencyMs} ms";
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["QTICKETS_FULL_SCAN_HOURS"] = "0" };
        string[] incremental = ["--since-hours", "2", .. Concurrency4];
        output.WriteLine($"  note: {NoReconciliation}");
        await FreshDatabaseAsync(cancellationToken).ConfigureAwait(false);
        simulator.UpdateFaults(f => f with { LatencyMs = 0, IgnoreWhere = false });
        await RunAsync(name, "setup: backfill at 0 ms", simulator, settings, Concurrency4, cancellationToken).ConfigureAwait(false);
        simulator.UpdateFaults(f => f with { LatencyMs = options.LatencyMs, IgnoreWhere = false });
        await RunAsync(name, "filters honoured", simulator, settings, incremental, cancellationToken).ConfigureAwait(false);
        simulator.UpdateFaults(f => f with { LatencyMs = options.LatencyMs, IgnoreWhere = true });
        await RunAsync(name, "--ignore-where", simulator, settings, incremental, cancellationToken).ConfigureAwait(false);
    }

    private async Task FullScanAsync(SimulatorServer simulator, CancellationToken cancellationToken)
    {
        var name = $"d: --full-scan, {Count(options.Orders)} orders, {options.LatencyMs} ms";
        simulator.UpdateFaults(f => f with { LatencyMs = options.LatencyMs, IgnoreWhere = true });
        await FreshDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(name, "--ignore-where, concurrency 4", simulator, NoSettings, ["--full-scan", .. Concurrency4], cancellationToken).ConfigureAwait(false);
    }

    private async Task PeakMemoryAsync(SimulatorServer simulator, CancellationToken cancellationToken)
    {
        // Latency changes how long the run takes, not what it holds in memory; 0 ms keeps this long run short.
        var name = $"b: first-run backfill, {Count(options.RssOrders)} orders, 0 ms";
        simulator.UpdateFaults(f => f with { LatencyMs = 0, IgnoreWhere = false });
        await FreshDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(name, "concurrency 4", simulator, NoSettings, Concurrency4, cancellationToken).ConfigureAwait(false);

        // The same backfill without the optional datasets: the orders path alone, to tell its memory from theirs.
        await FreshDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(name, OrdersOnly, simulator, SkipOptionalDatasets, Concurrency4, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(
        string scenario, string variant, SimulatorServer simulator, IReadOnlyDictionary<string, string> settings,
        IReadOnlyList<string> flags, CancellationToken cancellationToken)
    {
        var result = await loader.RunAsync(scenario, variant, simulator, settings, flags, cancellationToken).ConfigureAwait(false);
        _results.Add(result);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {scenario} / {variant}: exit {result.ExitCode} ({result.Run.Status}), {result.Run.Orders} orders, {result.OrderPageRequests} order pages, {result.Wall.TotalSeconds:F1} s, peak RSS {result.PeakResidentMegabytes:F0} MB, log {result.LogFile}"));
    }

    private async Task FreshDatabaseAsync(CancellationToken cancellationToken) =>
        await clickHouse.ResetAsync(cliDll, logDirectory, cancellationToken).ConfigureAwait(false);

    private async Task<SimulatorServer> StartSimulatorAsync(int orders, CancellationToken cancellationToken)
    {
        output.WriteLine($"simulator: generating {Count(orders)} orders");
        return await SimulatorServer.StartAsync(new SimulatorOptions { Orders = orders, RequestLogCapacity = 0 }, null, cancellationToken).ConfigureAwait(false);
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
