namespace Qtickets.ClickHouse.Testing;

/// <summary>Sales per Moscow day and city as a query returns them.</summary>
public sealed record SalesRow(DateOnly Day, string City, long Tickets, double Revenue, long Orders);
