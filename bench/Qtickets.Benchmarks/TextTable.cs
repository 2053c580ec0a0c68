using System.Text;

namespace Qtickets.Benchmarks;

/// <summary>A plain-text table (Markdown pipe syntax), readable in a terminal and pasteable into docs/performance.md.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((header, column) => _rows.Select(row => column < row.Length ? row[column].Length : 0).Prepend(header.Length).Max()).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        text.Append('|').AppendJoin('|', widths.Select(width => new string('-', width + 2))).Append("|\n");
        foreach (var row in _rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var column = 0; column < widths.Length; column++)
        {
            var cell = column < cells.Length ? cells[column] : string.Empty;
            text.Append(' ').Append(cell.PadRight(widths[column])).Append(" |");
        }

        text.Append('\n');
    }
}
