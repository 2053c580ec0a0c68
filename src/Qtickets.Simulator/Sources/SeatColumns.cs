using Qtickets.Simulator.Data;
using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Sources;

/// <summary>The seat columns a <c>where</c> on <c>/shows/{id}/seats</c> may name.</summary>
internal sealed class SeatColumns : IListSource
{
    private readonly IReadOnlyList<SeatRecord> _seats;
    private readonly Dictionary<string, ColumnReader> _columns;

    public SeatColumns(IReadOnlyList<SeatRecord> seats)
    {
        _seats = seats;
        _columns = new Dictionary<string, ColumnReader>(StringComparer.Ordinal)
        {
            ["id"] = new TextColumn(r => seats[r].Id),
            ["zone_id"] = new TextColumn(r => seats[r].Zone.Code),
            ["name"] = new TextColumn(r => seats[r].Name),
            ["admission"] = new NumberColumn(ColumnKind.Boolean, r => seats[r].Zone.Admission ? 1 : 0),
            ["available"] = new NumberColumn(ColumnKind.Boolean, r => seats[r].Available ? 1 : 0),
            ["disabled"] = new NumberColumn(ColumnKind.Boolean, r => seats[r].Disabled ? 1 : 0),
            ["ordered"] = new NumberColumn(ColumnKind.Boolean, r => seats[r].OrderedQuantity > 0 ? 1 : 0),
            ["max_quantity"] = new NumberColumn(ColumnKind.Number, r => seats[r].MaxQuantity),
            ["free_quantity"] = new NumberColumn(ColumnKind.Number, r => seats[r].FreeQuantity),
            ["ordered_quantity"] = new NumberColumn(ColumnKind.Number, r => seats[r].OrderedQuantity),
            ["payed_quantity"] = new NumberColumn(ColumnKind.Number, r => seats[r].PayedQuantity),
            ["price"] = new NumberColumn(ColumnKind.Number, r => seats[r].Zone.Price),
            ["color_theme_id"] = new NumberColumn(ColumnKind.Number, r => seats[r].Zone.ColorThemeId),
        };
    }

    public string Name => "seats";

    public int Count => _seats.Count;

    public int ProductionPageSize => int.MaxValue;

    public long Version => 0;

    public ColumnReader? Column(string name) => _columns.GetValueOrDefault(name);

    public void Write(System.Text.Json.Utf8JsonWriter writer, int row) =>
        throw new NotSupportedException("Seats are written by SeatJsonWriter.");
}
