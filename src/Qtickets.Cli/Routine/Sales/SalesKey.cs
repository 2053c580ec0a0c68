namespace Qtickets.Cli.Routine.Sales;

/// <summary>One Moscow day of payment and one city (lower case; empty when the order's event is unknown).</summary>
public sealed record SalesKey(DateOnly Day, string City);
