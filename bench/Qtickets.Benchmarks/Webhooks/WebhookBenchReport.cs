using System.Globalization;
using System.Text;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>The webhook latency table and the goal (p95 under 1 s at 20 webhooks a second), met or not.</summary>
internal static class WebhookBenchReport
{
    public static readonly TimeSpan Goal = TimeSpan.FromSeconds(1);

    public static string Render(string machine, WebhookBenchResult result)
    {
        var s = result.Simulator;
        var text = new StringBuilder();
        text.Append("machine: ").Append(machine).Append("\n\n");
        text.Append("listener: ").Append(result.Listener).Append("\n\n");
        var table = new TextTable("measure", "value");
        table.Add("target rate", Invariant($"{result.TargetRate} webhooks/s ({result.TargetRate / 2.0:0.#} live sales/s, each `created` + `payed`)"));
        table.Add("run", Invariant($"{result.Duration.TotalSeconds:F0} s, {result.LiveSales} live sales"));
        table.Add("delivered", Invariant($"{s.Delivered} ({result.AchievedRate:F1}/s), {s.Attempts} attempts, {s.Retries} retries, {s.GaveUp} given up, {s.Dropped} dropped"));
        table.Add("change -> HTTP 200, p50 / p95 / max (simulator)", Invariant($"{Ms(s.LatencyP50Ms)} / {Ms(s.LatencyP95Ms)} / {Ms(s.LatencyMaxMs)}"));
        table.Add("receipt -> applier outcome, p50 / p95 (listener)", Invariant($"{Ms(result.Measured.P50Ms)} / {Ms(result.Measured.P95Ms)} ({result.Measured.Applied} applied, {result.Measured.Refused} refused)"));
        text.Append(table).Append('\n');
        var met = s.LatencyP95Ms is { } p95 && p95 < Goal.TotalMilliseconds && s.Delivered > 0;
        text.Append(Invariant($"goal: p95 from the change to the listener's answer under {Goal.TotalMilliseconds:F0} ms at {result.TargetRate} webhooks/s: {(met ? "met" : "NOT met")}\n"));
        return text.ToString();
    }

    private static string Ms(double? value) => value is { } ms ? Invariant($"{ms:F0} ms") : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
