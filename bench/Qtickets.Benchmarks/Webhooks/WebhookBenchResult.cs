using Qtickets.Simulator.Webhooks;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// One webhook latency run: the tenant and its first load, the refunds made through the API at the target rate, when
/// each was seen in the daily facts, what the simulator's deliveries measured (change to HTTP 200), what the listener
/// measured (receipt to stored), and whether the facts equal staging at the end.
/// </summary>
internal sealed record WebhookBenchResult(
    int Orders,
    TimeSpan FirstLoad,
    int TargetRate,
    int Refunds,
    TimeSpan Sending,
    LatencySummary ToFacts,
    WebhookStats Simulator,
    ListenerLatency Listener,
    int FactKeysDiffering,
    double LoadAverageBefore,
    double LoadAverageAfter)
{
    /// <summary>Refunds sent a second.</summary>
    public double AchievedRate => Refunds / Sending.TotalSeconds;

    /// <summary>Every refund delivered (HTTP 200), seen in the facts, and the facts equal staging.</summary>
    public bool Complete => Simulator.Delivered == Refunds && Simulator.GaveUp == 0 && ToFacts.Samples == Refunds && FactKeysDiffering == 0;
}
