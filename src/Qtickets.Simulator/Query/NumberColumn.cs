namespace Qtickets.Simulator.Query;

/// <summary>A numeric, boolean or datetime column read through a delegate; <c>nullWhenZero</c> makes 0 mean null.</summary>
internal sealed class NumberColumn : ColumnReader
{
    private readonly Func<int, long> _read;
    private readonly bool _nullWhenZero;

    public NumberColumn(ColumnKind kind, Func<int, long> read, bool nullWhenZero = false, bool ascendsWithRow = false)
        : base(kind, ascendsWithRow)
    {
        _read = read;
        _nullWhenZero = nullWhenZero;
    }

    public override bool IsNull(int row) => _nullWhenZero && _read(row) == 0;

    public override long GetNumber(int row) => _read(row);
}
