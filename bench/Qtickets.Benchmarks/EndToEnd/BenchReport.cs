using System.Globalization;
using System.Text;

namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>The table of all runs, the concurrency 4 vs 1 comparison and the loader's targets, met or not.</summary>
internal static class BenchReport
{
    public static string Render(BenchOptions options, string machine, IReadOnlyList<LoaderRunResult> results)
    {
        var text = new StringBuilder();
        text.Append("machine: ").Append(machine).Append('\n').Append('\n');
        text.Append(Table(results)).Append('\n');
        text.Append("where the time went (seconds per stage, from the loader's log; facts run side by side with inventory and the catalogues; startup = wall minus the other stages):\n");
        text.Append(StageTable(results)).Append('\n');
        text.Append(SpeedUp(results));
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
            var known = r.Stages.Where(s => s.Duration is not null && !LoaderLog.RunsAlongside(s.Stage, r.Stages)).Sum(s => s.Duration!.Value.TotalSeconds);
            string[] cells =
            [
                r.Scenario, r.Variant, F(r.Wall.TotalSeconds - known, 1),
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

    private static string Targets(BenchOptions options, IReadOnlyList<LoaderRunResult> results)
    {
        var text = new StringBuilder("the loader's targets (2-core machine)");
        var comparable = options.Orders == 100_000 && options.RssOrders == 1_000_000 && options.LatencyMs == 50;
        text.Append(comparable ? ":\n" : " — NOT comparable, this run used other sizes or latency:\n");
        if (Find(results, "a:", "concurrency 4") is { } four)
        {
            text.Append(Check("(a) backfill wall < 12 s", four.Wall.TotalSeconds < 12, $"{F(four.Wall.TotalSeconds, 1)} s"));
            if (Find(results, "a:", "concurrency 1") is { } one)
            {
                text.Append(Check("(a) concurrency 4 at least 2.5x faster than 1", one.Wall / four.Wall >= 2.5, $"{F(one.Wall / four.Wall, 2)}x"));
            }
        }

        if (Find(results, "b:", "concurrency 4") is { } big)
        {
            text.Append(Check("(b) peak RSS < 250 MB", big.PeakResidentMegabytes < 250, $"{F(big.PeakResidentMegabytes, 0)} MB"));
        }

        if (Find(results, "b:", ScenarioRunner.OrdersOnly) is { } ordersOnly)
        {
            text.Append(Check("(b) peak RSS < 250 MB, orders path alone (optional datasets skipped)", ordersOnly.PeakResidentMegabytes < 250, $"{F(ordersOnly.PeakResidentMegabytes, 0)} MB"));
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
