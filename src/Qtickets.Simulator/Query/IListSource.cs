using System.Text.Json;

namespace Qtickets.Simulator.Query;

/// <summary>
/// A listing endpoint's records. Invariant: row order is ascending id order, the production tenant's
/// only order.
/// </summary>
internal interface IListSource
{
    /// <summary>Names the source in cache keys.</summary>
    string Name { get; }

    int Count { get; }

    /// <summary>Page size of the production tenant, also the default when a request names none.</summary>
    int ProductionPageSize { get; }

    /// <summary>Changes whenever the records change, so cached results of an older version are not reused.</summary>
    long Version { get; }

    /// <summary>The column a filter or sort names, or null when the source has no such column.</summary>
    ColumnReader? Column(string name);

    void Write(Utf8JsonWriter writer, int row);
}
