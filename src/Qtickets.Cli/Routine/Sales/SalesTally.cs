namespace Qtickets.Cli.Routine.Sales;

/// <summary>Sales per Moscow day and city, as counted from the API or read from a table.</summary>
public sealed class SalesTally
{
    private readonly Dictionary<SalesKey, SalesFigures> _figures = [];

    /// <summary>Keys with sales; keys whose figures are all zero (days of cancelled orders only) are left out.</summary>
    public IReadOnlyDictionary<SalesKey, SalesFigures> ByDayAndCity =>
        _figures.Where(p => !p.Value.IsZero).ToDictionary(p => p.Key, p => p.Value);

    public SalesFigures Total => _figures.Values.Aggregate(SalesFigures.Zero, (sum, f) => sum.Add(f));

    public IReadOnlyDictionary<string, SalesFigures> ByCity =>
        _figures.GroupBy(p => p.Key.City, StringComparer.Ordinal)
            .Select(g => (City: g.Key, Figures: g.Aggregate(SalesFigures.Zero, (sum, p) => sum.Add(p.Value))))
            .Where(c => !c.Figures.IsZero)
            .ToDictionary(c => c.City, c => c.Figures, StringComparer.Ordinal);

    /// <summary>The keys <paramref name="keep"/> accepts, e.g. the days before today while orders still arrive.</summary>
    public SalesTally Where(Func<SalesKey, bool> keep)
    {
        var kept = new SalesTally();
        foreach (var (key, figures) in _figures.Where(p => keep(p.Key)))
        {
            kept.Add(key, figures);
        }

        return kept;
    }

    public void Add(SalesKey key, SalesFigures figures) =>
        _figures[key] = _figures.GetValueOrDefault(key, SalesFigures.Zero).Add(figures);

    /// <summary>The keys whose figures differ from <paramref name="expected"/>'s, on either side.</summary>
    public IReadOnlyList<SalesKey> KeysDifferingFrom(SalesTally expected)
    {
        var mine = ByDayAndCity;
        var theirs = expected.ByDayAndCity;
        return mine.Keys.Union(theirs.Keys)
            .Where(key => !mine.GetValueOrDefault(key, SalesFigures.Zero).SameAs(theirs.GetValueOrDefault(key, SalesFigures.Zero)))
            .OrderBy(key => key.Day).ThenBy(key => key.City, StringComparer.Ordinal)
            .ToList();
    }
}
