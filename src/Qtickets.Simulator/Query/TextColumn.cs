namespace Qtickets.Simulator.Query;

internal sealed class TextColumn : ColumnReader
{
    private readonly Func<int, string?> _read;

    public TextColumn(Func<int, string?> read)
        : base(ColumnKind.Text, ascendsWithRow: false)
    {
        _read = read;
    }

    public override bool IsNull(int row) => _read(row) is null;

    public override string? GetText(int row) => _read(row);
}
