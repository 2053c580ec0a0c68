using System.Globalization;
using System.Text;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>The table of all runs, the concurrency 4 vs 1 comparison and the performance goals (docs/performance.md), met or not.</summary>
internal static class BenchReport
{
    public static string Render(BenchOptions options, string machine, IReadOnlyList<LoaderRunResult> results)
    {
        var text = new StringBuilder();
        text.Append("machine: ").Append(machine).Append('\n').Append('\n');
        text.Append(Table(results)).Append('\n');
        text.Append("where the time went (seconds per stage, from the loader's log; facts run side by side with inventory and the catalogues; startup = wall minus the load, from the window line to the run's last line):\n");
        text.Append(StageTable(results)).Append('\n');
        text.Append(SpeedUp(results));
        text.Append(Offline(results));
        text.Append(Targets(options, results));
        return text.ToString();
    }

    private static string Table(IReadOnlyList<LoaderRunResult> results)
    {
        var table = new TextTable(
            "scenario", "variant", "exit", "orders", "order pages", "wall s", "orders stage s", "orders/s (stage)",
            "peak RSS MB", "loader CPU s", "CH insert rows", "CH insert s", "CH insert rows/s", "load avg");
        foreach (var r in results)
        {
            table.Add(
                r.Scenario, r.Variant, $"{r.ExitCode} {r.Run.Status}", N(r.Run.Orders), N(r.OrderPageRequests), F(r.Wall.TotalSeconds, 1),
                r.OrdersStage is { } stage ? F(stage.TotalSeconds, 1) : "-",
                r.OrdersPerSecond is { } rate ? N(rate) : "-",
                F(r.PeakResidentMegabytes, 0), F(r.LoaderCpu.TotalSeconds, 1), N(r.Inserts.Rows), F(r.Inserts.Time.TotalSeconds, 2), N(r.Inserts.RowsPerSecond), F(r.LoadAverage, 1));
        }

        return table.ToString();
    }

    private static string StageTable(IReadOnlyList<LoaderRunResult> results)
    {
        var names = results.SelectMany(r => r.Stages.Select(s => s.Stage)).Distinct().ToList();
        var table = new TextTable(["scenario", "variant", "startup", .. names]);
        foreach (var r in results)
        {
            string[] cells =
            [
                r.Scenario, r.Variant, r.Load is { } load ? F((r.Wall - load).TotalSeconds, 1) : "-",
                .. names.Select(name => r.Stages.FirstOrDefault(s => s.Stage == name).Duration is { } d ? F(d.TotalSeconds, 1) : "-"),
            ];
            table.Add(cells);
        }

        return table.ToString();
    }

    private static string SpeedUp(IReadOnlyList<LoaderRunResult> results)
    {
        var four = Find(results, "a:", "concurrency 4");
        var one = Find(results, "a:", "concurrency 1");
        if (four is null || one is null)
        {
            return string.Empty;
        }

        var stage = four.OrdersStage is { } s4 && one.OrdersStage is { } s1 ? $", orders stage {F(s1.TotalSeconds, 1)} s / {F(s4.TotalSeconds, 1)} s = {F(s1 / s4, 2)}x" : string.Empty;
        return $"speed-up of concurrency 4 over 1 (scenario a): wall {F(one.Wall.TotalSeconds, 1)} s / {F(four.Wall.TotalSeconds, 1)} s = {F(one.Wall / four.Wall, 2)}x{stage}\n\n";
    }

    /// <summary>The earlier loader's transform alone (parse and transform, no I/O) of 120,000 orders took 23.4 s on this machine kind.</summary>
    public const double EarlierLoaderOrdersPerSecond = 5_100;

    private static string Offline(IReadOnlyList<LoaderRunResult> results)
    {
        if (Find(results, "e:", ScenarioRunner.OfflineVariant) is not { RecordsPerLoadSecond: { } rate } offline)
        {
            return string.Empty;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"offline load (e): {N(offline.Run.RecordsSeen)} order records read, {N(offline.Run.Orders)} sale rows written, load (events, orders, facts) {F(offline.Load!.Value.TotalSeconds, 2)} s = {N(rate)} orders/s = {F(100_000 / rate, 2)} s per 100,000 orders; " +
            $"whole process {F(offline.Wall.TotalSeconds, 1)} s (start-up included) = {N(offline.Run.RecordsSeen / offline.Wall.TotalSeconds)} orders/s; " +
            $"the earlier loader's transform alone: about {N(EarlierLoaderOrdersPerSecond)} orders/s on this machine kind (8,600 on a faster one), so {F(rate / EarlierLoaderOrdersPerSecond, 1)}x\n\n");
    }

    private static string Targets(BenchOptions options, IReadOnlyList<LoaderRunResult> results)
    {
        var text = new StringBuilder("performance goals (2-core machine)");
        var comparable = options.Orders == 100_000 && options.RssOrders == 1_000_000 && options.LatencyMs == 50 && options.OfflineOrders == 120_000;
        text.Append(comparable ? ":\n" : " — NOT comparable, this run used other sizes or latency:\n");
        if (Find(results, "a:", "concurrency 4") is { } four)
        {
            text.Append(Check("(a) backfill wall < 8 s", four.Wall.TotalSeconds < 8, $"{F(four.Wall.TotalSeconds, 1)} s"));
            text.Append(Check("(a) backfill peak RSS < 200 MB", four.PeakResidentMegabytes < 200, $"{F(four.PeakResidentMegabytes, 0)} MB"));
            if (Find(results, "a:", "concurrency 1") is { } one)
            {
                text.Append(Check("(a) concurrency 4 at least 3x faster than 1", one.Wall / four.Wall >= 3, $"{F(one.Wall / four.Wall, 2)}x"));
            }
        }

        if (Find(results, "b:", "concurrency 4") is { } big)
        {
            text.Append(Check("(b) peak RSS < 200 MB", big.PeakResidentMegabytes < 200, $"{F(big.PeakResidentMegabytes, 0)} MB"));
        }

        if (Find(results, "b:", ScenarioRunner.OrdersOnly) is { } ordersOnly)
        {
            text.Append(Check("(b) peak RSS < 200 MB, orders path alone (optional datasets skipped)", ordersOnly.PeakResidentMegabytes < 200, $"{F(ordersOnly.PeakResidentMegabytes, 0)} MB"));
        }

        if (Find(results, "e:", ScenarioRunner.OfflineVariant) is { RecordsPerLoadSecond: { } offlineRate })
        {
            text.Append(Check(
                $"(e) offline load at least 10x the earlier loader's transform ({N(10 * EarlierLoaderOrdersPerSecond)} orders/s)",
                offlineRate >= 10 * EarlierLoaderOrdersPerSecond, $"{N(offlineRate)} orders/s, {F(offlineRate / EarlierLoaderOrdersPerSecond, 1)}x"));
        }

        foreach (var variant in new[] { "filters honoured", "--ignore-where" })
        {
            if (Find(results, "c:", variant) is { } incremental)
            {
                text.Append(Check($"(c) incremental 2 h, {variant}: at most 3 order pages", incremental.OrderPageRequests <= 3, $"{incremental.OrderPageRequests} pages"));
            }
        }

        if (Find(results, "d:", "--ignore-where, concurrency 4") is { } scan)
        {
            text.Append(Check("(d) --full-scan with --ignore-where < 40 s", scan.Wall.TotalSeconds < 40, $"{F(scan.Wall.TotalSeconds, 1)} s"));
        }

        var failed = results.Where(r => r.ExitCode != 0).ToList();
        foreach (var run in failed)
        {
            text.Append(CultureInfo.InvariantCulture, $"  RUN FAILED: {run.Scenario} / {run.Variant} exited {run.ExitCode}; see {run.LogFile}\n");
        }

        return text.ToString();
    }

    private static string Check(string target, bool met, string measured) => $"  [{(met ? "met" : "NOT MET")}] {target}: {measured}\n";

    private static LoaderRunResult? Find(IReadOnlyList<LoaderRunResult> results, string scenario, string variant) =>
        results.FirstOrDefault(r => r.Scenario.StartsWith(scenario, StringComparison.Ordinal) && r.Variant == variant);

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
