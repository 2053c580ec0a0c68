using Qtickets.Simulator.Webhooks;

namespace Qtickets.Benchmarks.Webhooks;

/// <summary>One webhook latency run: the target rate, what the simulator delivered (change to HTTP 200) and what the listener measured.</summary>
internal sealed record WebhookBenchResult(
    string Listener,
    int TargetRate,
    TimeSpan Duration,
    long LiveSales,
    WebhookStats Simulator,
    ListenerLatency Measured)
{
    /// <summary>Webhooks delivered a second over the run.</summary>
    public double AchievedRate => Simulator.Delivered / Duration.TotalSeconds;
}
