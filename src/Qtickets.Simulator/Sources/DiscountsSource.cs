using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;
using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Sources;

internal sealed class DiscountsSource : IListSource
{
    private readonly IReadOnlyList<DiscountModel> _discounts;
    private readonly Dictionary<string, ColumnReader> _columns;

    public DiscountsSource(Catalogs catalogs)
    {
        var discounts = catalogs.Discounts;
        _discounts = discounts;
        _columns = new Dictionary<string, ColumnReader>(StringComparer.Ordinal)
        {
            ["id"] = new NumberColumn(ColumnKind.Number, r => discounts[r].Id, ascendsWithRow: true),
            ["name"] = new TextColumn(r => discounts[r].Name),
            ["is_active"] = new NumberColumn(ColumnKind.Boolean, r => discounts[r].IsActive ? 1 : 0),
            ["created_at"] = new NumberColumn(ColumnKind.DateTime, r => discounts[r].CreatedAt),
            ["updated_at"] = new NumberColumn(ColumnKind.DateTime, r => discounts[r].UpdatedAt),
            ["deleted_at"] = new NumberColumn(ColumnKind.DateTime, r => discounts[r].DeletedAt, nullWhenZero: true),
        };
    }

    public string Name => "discounts";

    public int Count => _discounts.Count;

    public int ProductionPageSize => 100;

    public long Version => 0;

    public ColumnReader? Column(string name) => _columns.GetValueOrDefault(name);

    public void Write(Utf8JsonWriter writer, int row)
    {
        var discount = _discounts[row];
        writer.WriteStartObject();
        writer.WriteNumber("id", discount.Id);
        writer.WriteString("name", discount.Name);
        writer.WriteNumber("is_active", discount.IsActive ? 1 : 0);
        writer.WriteString("type", "percent");
        writer.WriteNumber("value", discount.Percent);
        JsonFormat.WriteTime(writer, "created_at", discount.CreatedAt, TimeMath.Moscow);
        JsonFormat.WriteTime(writer, "updated_at", discount.UpdatedAt, TimeMath.Moscow);
        JsonFormat.WriteTime(writer, "deleted_at", discount.DeletedAt, TimeMath.Moscow);
        writer.WriteEndObject();
    }
}
