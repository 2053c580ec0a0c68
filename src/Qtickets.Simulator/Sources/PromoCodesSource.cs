using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;
using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Sources;

internal sealed class PromoCodesSource : IListSource
{
    private readonly IReadOnlyList<PromoCodeModel> _codes;
    private readonly Dictionary<string, ColumnReader> _columns;

    public PromoCodesSource(Catalogs catalogs)
    {
        var codes = catalogs.PromoCodes;
        _codes = codes;
        _columns = new Dictionary<string, ColumnReader>(StringComparer.Ordinal)
        {
            ["id"] = new NumberColumn(ColumnKind.Number, r => codes[r].Id, ascendsWithRow: true),
            ["discount_id"] = new NumberColumn(ColumnKind.Number, r => codes[r].DiscountId),
            ["code"] = new TextColumn(r => codes[r].Code),
            ["is_active"] = new NumberColumn(ColumnKind.Boolean, r => codes[r].IsActive ? 1 : 0),
            ["created_at"] = new NumberColumn(ColumnKind.DateTime, r => codes[r].CreatedAt),
            ["updated_at"] = new NumberColumn(ColumnKind.DateTime, r => codes[r].UpdatedAt),
            ["deleted_at"] = new NumberColumn(ColumnKind.DateTime, r => codes[r].DeletedAt, nullWhenZero: true),
        };
    }

    public string Name => "promo-codes";

    public int Count => _codes.Count;

    public int ProductionPageSize => 100;

    public long Version => 0;

    public ColumnReader? Column(string name) => _columns.GetValueOrDefault(name);

    public void Write(Utf8JsonWriter writer, int row)
    {
        var code = _codes[row];
        var moscow = TimeMath.Moscow;
        writer.WriteStartObject();
        writer.WriteNumber("id", code.Id);
        writer.WriteNumber("discount_id", code.DiscountId);
        writer.WriteString("code", code.Code);
        writer.WriteNumber("is_active", code.IsActive ? 1 : 0);
        writer.WriteNumber("uses_count", code.UsesCount);
        JsonFormat.WriteNullableNumber(writer, "max_uses_count", code.MaxUsesCount == 0 ? null : code.MaxUsesCount);
        JsonFormat.WriteTime(writer, "active_from", code.ActiveFrom, moscow);
        JsonFormat.WriteTime(writer, "active_to", code.ActiveTo, moscow);
        JsonFormat.WriteTime(writer, "created_at", code.CreatedAt, moscow);
        JsonFormat.WriteTime(writer, "updated_at", code.UpdatedAt, moscow);
        JsonFormat.WriteTime(writer, "deleted_at", code.DeletedAt, moscow);
        writer.WriteEndObject();
    }
}
