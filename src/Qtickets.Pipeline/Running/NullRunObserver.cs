using Qtickets.Api.Orders;

namespace Qtickets.Pipeline.Running;

/// <summary>An observer that draws nothing (tests, non-interactive runs).</summary>
public sealed class NullRunObserver : IRunObserver
{
    public static NullRunObserver Instance { get; } = new();

    public void StageStarted(string stage)
    {
    }

    public void OrdersProgress(OrderFetchSummary progress)
    {
    }

    public void StageCompleted(string stage, long rows)
    {
    }
}
