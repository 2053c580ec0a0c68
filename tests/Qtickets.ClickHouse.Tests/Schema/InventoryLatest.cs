using System.Text.Json.Serialization;

namespace Qtickets.ClickHouse.Tests.Schema;

internal sealed record InventoryLatest(
    DateTime SnapshotTs,
    string EventId,
    string EventName,
    string City,
    uint? TicketsTotal,
    uint? TicketsLeft,
    [property: JsonPropertyName("_ver")] ulong Ver);
