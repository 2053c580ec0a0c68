using Qtickets.Api.Orders;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Support;

/// <summary>A run observer that acts once, synchronously, when a stage completed: the run waits for the action.</summary>
internal sealed class StageTrigger(string stage, Action action) : IRunObserver
{
    private int _fired;

    public void StageStarted(string stage)
    {
    }

    public void OrdersProgress(OrderFetchSummary progress)
    {
    }

    public void StageCompleted(string completed, long rows)
    {
        if (completed == stage && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            action();
        }
    }
}
