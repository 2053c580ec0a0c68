using System.Text.Json.Serialization;

namespace Qtickets.ClickHouse.Tests.Schema;

internal sealed record SalesDay(
    DateOnly SalesDate,
    string EventId,
    string City,
    uint TicketsSold,
    double Revenue,
    uint OrdersCount,
    [property: JsonPropertyName("_ver")] ulong Ver);
