using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace Qtickets.ClickHouse.Tests.Schema;

/// <summary>Rows of the schema's tables as tests write them (column names through the snake_case mapping).</summary>
internal static class Rows
{
    /// <summary>The staging key of the earlier stack: lower-case hex MD5 of the order id (not a security use).</summary>
    public static string DedupKey(string orderId) =>
#pragma warning disable CA5351 // MD5 is the key format of the earlier stack's tables, not a security measure.
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(orderId)));
#pragma warning restore CA5351

    public static Order Order(string orderId, string eventId, string city, uint tickets, double revenue, ulong version, DateTime saleTs) =>
        new(orderId, eventId, city, saleTs, tickets, revenue, "RUB", version, DedupKey(orderId));
}

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

internal sealed record SalesDay(
    DateOnly SalesDate,
    string EventId,
    string City,
    uint TicketsSold,
    double Revenue,
    uint OrdersCount,
    [property: JsonPropertyName("_ver")] ulong Ver);

internal sealed record EventRow(
    string EventId,
    string EventName,
    string City,
    DateOnly? StartDate,
    DateOnly? EndDate,
    [property: JsonPropertyName("_ver")] ulong Ver);

internal sealed record InventoryLatest(
    DateTime SnapshotTs,
    string EventId,
    string EventName,
    string City,
    uint? TicketsTotal,
    uint? TicketsLeft,
    [property: JsonPropertyName("_ver")] ulong Ver);

internal sealed record SalesByEventCity(string EventId, string City, ulong Tickets, double Revenue);
