namespace Qtickets.Simulator.Query;

/// <summary>
/// Sorts matched rows by <c>orderBy</c>, MySQL style (nulls first ascending, last descending), ties by
/// row (ascending id). Natural order needs no sort: no keys, or a first key that ascends with the row.
/// </summary>
internal sealed class RowSorter
{
    private readonly (ColumnReader Column, bool Descending)[] _keys;

    private RowSorter((ColumnReader Column, bool Descending)[] keys, bool isNatural, bool reversed)
    {
        _keys = keys;
        IsNatural = isNatural;
        Reversed = reversed;
    }

    public bool IsNatural { get; }

    public bool Reversed { get; }

    public static RowSorter Create(IListSource source, IReadOnlyList<SortKey> orderBy)
    {
        var keys = orderBy
            .Select(k => (source.Column(k.Column) ?? throw new QueryException($"Unknown orderBy column '{k.Column}'."), k.Descending))
            .ToArray();
        var natural = keys.Length == 0 || keys[0].Item1.AscendsWithRow;
        return new RowSorter(keys, natural, natural && keys.Length > 0 && keys[0].Descending);
    }

    public void Sort(int[] rows)
    {
        if (IsNatural)
        {
            if (Reversed)
            {
                Array.Reverse(rows);
            }

            return;
        }

        if (_keys.Length == 1 && _keys[0].Column.Kind != ColumnKind.Text)
        {
            SortByOneNumber(rows, _keys[0].Column, _keys[0].Descending);
            return;
        }

        Array.Sort(rows, Compare);
    }

    /// <summary>
    /// The common case (one numeric key) without a comparison delegate: sort by a key array, then put
    /// each run of equal keys back in row order, since Array.Sort is not stable.
    /// </summary>
    private static void SortByOneNumber(int[] rows, ColumnReader column, bool descending)
    {
        var keys = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            keys[i] = column.IsNull(row)
                ? (descending ? long.MaxValue : long.MinValue)
                : (descending ? -column.GetNumber(row) : column.GetNumber(row));
        }

        Array.Sort(keys, rows);
        var start = 0;
        for (var i = 1; i <= rows.Length; i++)
        {
            if (i == rows.Length || keys[i] != keys[start])
            {
                Array.Sort(rows, start, i - start);
                start = i;
            }
        }
    }

    private int Compare(int left, int right)
    {
        foreach (var (column, descending) in _keys)
        {
            var result = CompareValues(column, left, right);
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return left.CompareTo(right);
    }

    private static int CompareValues(ColumnReader column, int left, int right)
    {
        var leftNull = column.IsNull(left);
        var rightNull = column.IsNull(right);
        if (leftNull || rightNull)
        {
            return leftNull == rightNull ? 0 : leftNull ? -1 : 1;
        }

        return column.Kind == ColumnKind.Text
            ? string.CompareOrdinal(column.GetText(left), column.GetText(right))
            : column.GetNumber(left).CompareTo(column.GetNumber(right));
    }
}
