using System.Text.Json;
using Qtickets.Simulator.Data;
using Qtickets.Simulator.Json;
using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Sources;

internal sealed class ClientsSource : IListSource
{
    private readonly Dataset _data;
    private readonly Dictionary<string, ColumnReader> _columns;

    public ClientsSource(Dataset data)
    {
        _data = data;
        _columns = new Dictionary<string, ColumnReader>(StringComparer.Ordinal)
        {
            ["id"] = new NumberColumn(ColumnKind.Number, r => ClientGenerator.FirstClientId + r, ascendsWithRow: true),
            ["email"] = new TextColumn(r => ClientGenerator.Create(data.Seed, r).Person.Email),
        };
    }

    public string Name => "clients";

    public int Count => _data.ClientCount;

    public int ProductionPageSize => 100;

    public long Version => 0;

    public ColumnReader? Column(string name) => _columns.GetValueOrDefault(name);

    public void Write(Utf8JsonWriter writer, int row) => ClientJsonWriter.Write(writer, ClientGenerator.Create(_data.Seed, row));
}
