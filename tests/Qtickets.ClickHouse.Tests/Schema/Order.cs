using System.Text.Json.Serialization;

namespace Qtickets.ClickHouse.Tests.Schema;

internal sealed record Order(
    string OrderId,
    string EventId,
    string City,
    DateTime SaleTs,
    uint TicketsSold,
    double Revenue,
    string Currency,
    [property: JsonPropertyName("_ver")] ulong Ver,
    [property: JsonPropertyName("_dedup_key")] string DedupKey);
