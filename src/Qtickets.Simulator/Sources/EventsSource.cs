using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;
using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Sources;

internal sealed class EventsSource : IListSource
{
    private readonly Dataset _data;
    private readonly Dictionary<string, ColumnReader> _columns;

    public EventsSource(Dataset data)
    {
        _data = data;
        var events = data.Events;
        _columns = new Dictionary<string, ColumnReader>(StringComparer.Ordinal)
        {
            ["id"] = new NumberColumn(ColumnKind.Number, r => events[r].Id, ascendsWithRow: true),
            ["name"] = new TextColumn(r => events[r].Name),
            ["is_active"] = new NumberColumn(ColumnKind.Boolean, r => events[r].IsActive ? 1 : 0),
            ["deleted_at"] = new NumberColumn(ColumnKind.DateTime, r => events[r].DeletedAt, nullWhenZero: true),
            ["created_at"] = new NumberColumn(ColumnKind.DateTime, r => events[r].CreatedAt),
            ["updated_at"] = new NumberColumn(ColumnKind.DateTime, r => events[r].UpdatedAt),
            ["city_id"] = new NumberColumn(ColumnKind.Number, r => events[r].City.Id),
            ["event_type_id"] = new NumberColumn(ColumnKind.Number, r => events[r].EventTypeId),
            ["external_id"] = new TextColumn(r => events[r].ExternalId),
        };
    }

    public string Name => "events";

    public int Count => _data.Events.Count;

    public int ProductionPageSize => 10;

    public long Version => 0;

    public ColumnReader? Column(string name) => _columns.GetValueOrDefault(name);

    public void Write(Utf8JsonWriter writer, int row) => EventJsonWriter.Write(writer, _data.Events[row], _data.Shows);
}
