using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Sources;

internal sealed class ColorThemesSource : IListSource
{
    private readonly ColorTheme[] _themes = [.. Catalogs.ColorThemes.OrderBy(t => t.Id)];
    private readonly Dictionary<string, ColumnReader> _columns;

    public ColorThemesSource()
    {
        _columns = new Dictionary<string, ColumnReader>(StringComparer.Ordinal)
        {
            ["id"] = new NumberColumn(ColumnKind.Number, r => _themes[r].Id, ascendsWithRow: true),
            ["color"] = new TextColumn(r => _themes[r].Color),
        };
    }

    public string Name => "color-themes";

    public int Count => _themes.Length;

    public int ProductionPageSize => 100;

    public long Version => 0;

    public ColumnReader? Column(string name) => _columns.GetValueOrDefault(name);

    public void Write(Utf8JsonWriter writer, int row)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", _themes[row].Id);
        writer.WriteString("color", _themes[row].Color);
        writer.WriteEndObject();
    }
}
