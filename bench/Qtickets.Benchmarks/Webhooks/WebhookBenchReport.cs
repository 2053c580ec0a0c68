using System.Globalization;
using System.Text;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>The webhook latency table and the goal (p95 from the API call to the facts under 1 s at 20 webhooks a second), met or not.</summary>
internal static class WebhookBenchReport
{
    public static readonly TimeSpan Goal = TimeSpan.FromSeconds(1);

    public static string Render(string machine, WebhookBenchResult result)
    {
        var s = result.Simulator;
        var l = result.Listener;
        var text = new StringBuilder();
        text.Append("machine: ").Append(machine).Append("\n\n");
        text.Append("listener: `qtickets listen` (child process) with the pipeline's applier (staging, then the touched days of the daily facts), batching window 200 ms\n");
        text.Append(Invariant($"sender: the simulator, at most {WebhookBenchCommand.ConcurrentDeliveries} webhooks in flight, QTickets' retry schedule (n^3 s)\n\n"));
        var table = new TextTable("measure", "value");
        table.Add("tenant", Invariant($"{result.Orders:N0} orders, first load by `qtickets run` in {result.FirstLoad.TotalSeconds:F1} s"));
        table.Add("target rate", Invariant($"{result.TargetRate} webhooks/s: refunds through the API (`DELETE /orders/{{id}}/baskets`), one `refunded` webhook each, each on its own day, event and city"));
        table.Add("sent", Invariant($"{result.Refunds} refunds in {result.Sending.TotalSeconds:F1} s ({result.AchievedRate:F1}/s)"));
        table.Add("delivered", Invariant($"{s.Delivered} of {s.Queued}, {s.Attempts} attempts, {s.Retries} retries, {s.GaveUp} given up, {s.Dropped} dropped"));
        table.Add("API call -> in the daily facts, p50 / p95 / max (probe)", Invariant($"{Ms(result.ToFacts.P50Ms)} / {Ms(result.ToFacts.P95Ms)} / {Ms(result.ToFacts.MaxMs)} ({result.ToFacts.Samples} of {result.Refunds} seen, polled every {FactsProbe.Interval.TotalMilliseconds:F0} ms)"));
        table.Add("change -> listener's HTTP 200, p50 / p95 / max (simulator)", Invariant($"{Ms(s.LatencyP50Ms)} / {Ms(s.LatencyP95Ms)} / {Ms(s.LatencyMaxMs)}"));
        table.Add("receipt -> stored, p50 / p95 (listener)", Invariant($"{Ms(l.P50Ms)} / {Ms(l.P95Ms)} ({l.Applied} applied, {l.Refused} refused, {l.Batches} batches, {Mean(l)} a batch)"));
        table.Add("daily facts equal staging afterwards", result.FactKeysDiffering == 0 ? "yes" : Invariant($"NO: {result.FactKeysDiffering} day and city keys differ"));
        table.Add("load average (1 min) before / after", Invariant($"{result.LoadAverageBefore:F1} / {result.LoadAverageAfter:F1}"));
        text.Append(table).Append('\n');
        text.Append(Invariant($"goal: p95 under {Goal.TotalMilliseconds:F0} ms at {result.TargetRate} webhooks/s, every change landed\n"));
        text.Append(Invariant($"- API call -> in the daily facts (what a dashboard reads): {Verdict(result, result.ToFacts.P95Ms)}\n"));
        text.Append(Invariant($"- change -> listener's HTTP 200 (daily and UTM facts stored, QTickets answered): {Verdict(result, s.LatencyP95Ms)}\n"));
        return text.ToString();
    }

    private static string Verdict(WebhookBenchResult result, double? p95Ms) =>
        result.Complete && p95Ms is { } p95 && p95 < Goal.TotalMilliseconds ? "met" : "NOT met";

    private static string Mean(ListenerLatency l) => l.Batches == 0 ? "-" : Invariant($"{(l.Applied + l.Refused) / (double)l.Batches:F1}");

    private static string Ms(double? value) => value is { } ms ? Invariant($"{ms:F0} ms") : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
