namespace Qtickets.Cli.Routine.Sales;

/// <summary>
/// What the independent count expects the load to hold: <paramref name="Staged"/>, every sale in every currency (staging
/// keeps them all), and <paramref name="InDailyFacts"/>, the sales in roubles only (the daily facts sum no other currency).
/// </summary>
public sealed record CountedSales(SalesTally Staged, SalesTally InDailyFacts)
{
    /// <summary>The keys <paramref name="keep"/> accepts, in both tallies.</summary>
    public CountedSales Where(Func<SalesKey, bool> keep) => new(Staged.Where(keep), InDailyFacts.Where(keep));
}
