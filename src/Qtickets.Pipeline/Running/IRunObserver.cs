using Qtickets.Api.Orders;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// Told what a run is doing, for progress display. The loader logs regardless; an observer only draws.
/// Implementations must be thread-safe (progress arrives from concurrent fetch tasks).
/// </summary>
public interface IRunObserver
{
    /// <summary>A stage (events, orders, facts, inventory, or a catalogue: clients, barcodes, ...) begins.</summary>
    void StageStarted(string stage);

    /// <summary>After every page of orders.</summary>
    void OrdersProgress(OrderFetchSummary progress);

    /// <summary>
    /// After every unit of work of the other long stages: each show of inventory and barcodes, each page of a
    /// catalogue. Does nothing unless implemented: an observer that only waits for stages (a test's trigger) need not.
    /// </summary>
    void Progress(StageProgress progress)
    {
    }

    /// <summary>A stage ended having produced <paramref name="rows"/> rows.</summary>
    void StageCompleted(string stage, long rows);
}
