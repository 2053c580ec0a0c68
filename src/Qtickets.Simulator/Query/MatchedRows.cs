namespace Qtickets.Simulator.Query;

/// <summary>
/// The rows a query matched, in answer order. Without filters and in natural (or reversed) order no
/// array is allocated: row k is k itself (or Count - 1 - k).
/// </summary>
internal readonly record struct MatchedRows(int[]? Rows, int Count, bool Reversed)
{
    public int this[int position] => Rows is { } rows ? rows[position] : Reversed ? Count - 1 - position : position;

    public static MatchedRows All(int count, bool reversed) => new(null, count, reversed);
}
