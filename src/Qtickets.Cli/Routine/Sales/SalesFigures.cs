using System.Globalization;

namespace Qtickets.Cli.Routine.Sales;

/// <summary>
/// Orders (with at least one ticket), tickets and revenue. Revenue is compared in whole kopecks: ClickHouse keeps it
/// as Float64, the API sends decimal roubles.
/// </summary>
public sealed record SalesFigures(long Orders, long Tickets, decimal Revenue)
{
    public static SalesFigures Zero { get; } = new(0, 0, 0m);

    public bool IsZero => Orders == 0 && Tickets == 0 && Kopecks == 0;

    private long Kopecks => (long)Math.Round(Revenue * 100m, MidpointRounding.AwayFromZero);

    public SalesFigures Add(SalesFigures other) => new(Orders + other.Orders, Tickets + other.Tickets, Revenue + other.Revenue);

    public bool SameAs(SalesFigures other) => Orders == other.Orders && Tickets == other.Tickets && Kopecks == other.Kopecks;

    /// <summary>No currency named: staging's figures add every currency (the daily facts' figures are roubles only).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Orders} orders, {Tickets} tickets, revenue {Kopecks / 100m:0.00}");
}
