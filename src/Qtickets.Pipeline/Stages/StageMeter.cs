using Qtickets.Pipeline.Running;

namespace Qtickets.Pipeline.Stages;

/// <summary>
/// Counts the work of one long stage and tells the observer after each unit. Thread-safe: shows are read concurrently.
/// </summary>
internal sealed class StageMeter(IRunObserver observer, string stage, string unit, long? planned, bool countsRows = true)
{
    private long _done;
    private long _rows;

    /// <summary>Rows handed on (to a writer) since the last unit.</summary>
    public void AddRows(long rows) => Interlocked.Add(ref _rows, rows);

    /// <summary>One unit (a show, a page) is done.</summary>
    public void UnitDone()
    {
        var done = Interlocked.Increment(ref _done);
        observer.Progress(new StageProgress(stage, done, planned, unit, countsRows ? Interlocked.Read(ref _rows) : null));
    }
}
