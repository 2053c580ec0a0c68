namespace Qtickets.Simulator.Query;

/// <summary>
/// Reads one column of a list source by row. Number, Boolean (0/1) and DateTime (Unix seconds) columns
/// answer <see cref="GetNumber"/>; Text columns answer <see cref="GetText"/>.
/// </summary>
internal abstract class ColumnReader
{
    protected ColumnReader(ColumnKind kind, bool ascendsWithRow)
    {
        Kind = kind;
        AscendsWithRow = ascendsWithRow;
    }

    public ColumnKind Kind { get; }

    /// <summary>True when the value never decreases with the row (ids, created_at of orders): sorting is free.</summary>
    public bool AscendsWithRow { get; }

    public abstract bool IsNull(int row);

    public virtual long GetNumber(int row) => throw new NotSupportedException("not a numeric column");

    public virtual string? GetText(int row) => throw new NotSupportedException("not a text column");
}
