using System.Text.Json;
using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Json;

/// <summary><c>{"data": [...], "paging": {"perPage": N, "currentPage": P, "total": T}}</c>.</summary>
internal static class ListJson
{
    public static void Write(Utf8JsonWriter writer, IListSource source, ListPage page)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("data");
        foreach (var row in page.Rows)
        {
            source.Write(writer, row);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("paging");
        writer.WriteNumber("perPage", page.PerPage);
        writer.WriteNumber("currentPage", page.CurrentPage);
        writer.WriteNumber("total", page.Total);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
