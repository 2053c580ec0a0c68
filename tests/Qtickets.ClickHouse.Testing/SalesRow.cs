namespace Qtickets.Pipeline.Tests.Running;

/// <summary>Sales per Moscow day and city as a query returns them.</summary>
internal sealed record SalesRow(DateOnly Day, string City, long Tickets, double Revenue, long Orders);
