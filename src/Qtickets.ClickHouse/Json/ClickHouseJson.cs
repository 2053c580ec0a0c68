using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qtickets.ClickHouse.Json;

/// <summary>
/// How rows map to <c>JSONEachRow</c>. Property names become snake_case columns (<c>TicketsSold</c> is
/// <c>tickets_sold</c>); names starting with an underscore need <see cref="JsonPropertyNameAttribute"/>
/// (<c>[JsonPropertyName("_ver")]</c>). Numbers are read whether quoted or not, because ClickHouse quotes
/// 64-bit integers in JSON output. <see cref="DateTime"/> is a wall-clock <c>yyyy-MM-dd HH:mm:ss</c>,
/// <see cref="DateOnly"/> is <c>yyyy-MM-dd</c>, <see cref="bool"/> is written as 1/0 (UInt8).
/// </summary>
public static class ClickHouseJson
{
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals,
            WriteIndented = false,
        };
        options.Converters.Add(new ClickHouseDateTimeConverter());
        options.Converters.Add(new ClickHouseBooleanConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
