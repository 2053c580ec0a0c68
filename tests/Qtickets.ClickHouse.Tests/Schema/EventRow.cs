using System.Text.Json.Serialization;

namespace Qtickets.ClickHouse.Tests.Schema;

internal sealed record EventRow(
    string EventId,
    string EventName,
    string City,
    DateOnly? StartDate,
    DateOnly? EndDate,
    [property: JsonPropertyName("_ver")] ulong Ver);
