using System.Security.Cryptography;
using System.Text;

namespace Qtickets.ClickHouse.Tests.Schema;

/// <summary>Builders of rows for the schema's tables (column names through the snake_case mapping).</summary>
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
