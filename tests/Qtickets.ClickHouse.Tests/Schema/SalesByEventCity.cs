namespace Qtickets.ClickHouse.Tests.Schema;

internal sealed record SalesByEventCity(string EventId, string City, ulong Tickets, double Revenue);
