using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;
using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Sources;

/// <summary><c>/orders</c>: filters read the compact index; records are generated only for the page written.</summary>
internal sealed class OrdersSource : IListSource
{
    private readonly Dataset _data;
    private readonly OrderDetailsGenerator _generator;
    private readonly Dictionary<string, ColumnReader> _columns;

    public OrdersSource(Dataset data, OrderDetailsGenerator generator)
    {
        _data = data;
        _generator = generator;
        var index = data.Orders;
        var eventIds = data.Shows.Select(s => (long)data.Events[s.EventIndex].Id).ToArray();
        _columns = new Dictionary<string, ColumnReader>(StringComparer.Ordinal)
        {
            ["id"] = new NumberColumn(ColumnKind.Number, r => index.Ids[r], ascendsWithRow: true),
            ["payed"] = new NumberColumn(ColumnKind.Boolean, r => (long)(index.Flags[r] & OrderFlags.Payed)),
            ["payed_at"] = new NumberColumn(ColumnKind.DateTime, r => index.PayedAt[r], nullWhenZero: true),
            ["created_at"] = new NumberColumn(ColumnKind.DateTime, r => index.CreatedAt[r], ascendsWithRow: true),
            ["updated_at"] = new NumberColumn(ColumnKind.DateTime, r => index.UpdatedAt[r]),
            ["deleted_at"] = new NumberColumn(ColumnKind.DateTime, r => index.DeletedAt[r], nullWhenZero: true),
            ["reserved_to"] = new NumberColumn(ColumnKind.DateTime, r => index.CreatedAt[r] + OrderIndexBuilder.ReservationSeconds),
            ["event_id"] = new NumberColumn(ColumnKind.Number, r => eventIds[index.ShowIndex[r]]),
        };
    }

    public string Name => "orders";

    public int Count => _data.Orders.Count;

    public int ProductionPageSize => 50;

    public long Version => _data.Overlay.Version;

    public ColumnReader? Column(string name) => _columns.GetValueOrDefault(name);

    public void Write(Utf8JsonWriter writer, int row) => OrderJsonWriter.Write(writer, _generator.Generate(row));
}
