using Qtickets.Api.Orders;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// Forwards order progress to the observer synchronously. <see cref="Progress{T}"/> would post to the thread
/// pool and could report pages out of order after the stage ended.
/// </summary>
internal sealed class ObserverProgress(IRunObserver observer) : IProgress<OrderFetchSummary>
{
    public void Report(OrderFetchSummary value) => observer.OrdersProgress(value);
}
