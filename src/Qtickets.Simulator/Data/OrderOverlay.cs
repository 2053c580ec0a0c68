using System.Collections.Concurrent;

namespace Qtickets.Simulator.Data;

/// <summary>Mutations made through the API, kept apart from the generated history.</summary>
internal sealed class OrderOverlay
{
    private readonly ConcurrentDictionary<int, OrderChange> _changes = new();
    private long _version;

    /// <summary>Serialises mutations; readers never take it.</summary>
    public Lock Gate { get; } = new();

    /// <summary>Grows with every mutation, so cached query results can tell they are stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    public OrderChange? Get(int position) => _changes.TryGetValue(position, out var change) ? change : null;

    /// <summary>Records that orders were added (live sales), so cached listings are recomputed.</summary>
    public void MarkAppended() => Interlocked.Increment(ref _version);

    public void Set(int position, OrderChange change)
    {
        _changes[position] = change;
        Interlocked.Increment(ref _version);
    }
}
