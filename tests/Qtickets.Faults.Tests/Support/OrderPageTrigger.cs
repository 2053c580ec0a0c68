using Qtickets.Api.Orders;
using Qtickets.Pipeline.Running;

namespace Qtickets.Faults.Tests.Support;

/// <summary>A run observer that acts once, after the given number of order pages: the moment a fault strikes mid-run.</summary>
internal sealed class OrderPageTrigger(int pages, Action action) : IRunObserver
{
    private int _fired;

    public void StageStarted(string stage)
    {
    }

    public void OrdersProgress(OrderFetchSummary progress)
    {
        if (progress.PagesFetched >= pages && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            action();
        }
    }

    public void StageCompleted(string stage, long rows)
    {
    }
}
