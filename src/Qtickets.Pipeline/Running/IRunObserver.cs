using Qtickets.Api.Orders;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// Told what a run is doing, for progress display. The loader logs regardless; an observer only draws.
/// Implementations must be thread-safe (order progress arrives from fetch tasks).
/// </summary>
public interface IRunObserver
{
    /// <summary>A stage (events, orders, facts, inventory, catalogues) begins.</summary>
    void StageStarted(string stage);

    /// <summary>After every page of orders.</summary>
    void OrdersProgress(OrderFetchSummary progress);

    /// <summary>A stage ended having produced <paramref name="rows"/> rows.</summary>
    void StageCompleted(string stage, long rows);
}
