namespace Qtickets.Simulator.Query;

/// <summary>
/// Filters, sorts and pages a list source. The matched rows of recent queries are cached (keyed by
/// source, version, filter and sort), so walking the pages of one query costs one scan, not one per page.
/// </summary>
internal sealed class QueryExecutor
{
    public const int MaxPerPage = 1000;
    private const int CacheCapacity = 16;
    private readonly Lock _gate = new();
    private readonly LinkedList<(string Key, MatchedRows Rows)> _cache = new();

    public ListPage Page(IListSource source, ListQuery query)
    {
        var perPage = Math.Clamp(query.PerPage ?? source.ProductionPageSize, 1, MaxPerPage);
        var rows = Match(source, query);
        var first = (long)(query.Page - 1) * perPage;
        var count = (int)Math.Clamp(rows.Count - first, 0, perPage);
        var page = new int[count];
        for (var i = 0; i < count; i++)
        {
            page[i] = rows[(int)first + i];
        }

        return new ListPage(page, perPage, query.Page, rows.Count);
    }

    /// <summary>The production tenant: no filter, no sort, a fixed page size.</summary>
    public static ListPage PlainPage(IListSource source, int page)
    {
        var perPage = source.ProductionPageSize;
        var first = (long)(page - 1) * perPage;
        var count = (int)Math.Clamp(source.Count - first, 0, perPage);
        return new ListPage(Enumerable.Range((int)Math.Min(first, source.Count), count).ToArray(), perPage, page, source.Count);
    }

    public MatchedRows Match(IListSource source, ListQuery query)
    {
        var key = $"{source.Name}\u0004{source.Version}\u0004{query.FilterKey}";
        lock (_gate)
        {
            var cached = _cache.FirstOrDefault(e => e.Key == key);
            if (cached.Key is not null)
            {
                return cached.Rows;
            }
        }

        var rows = Compute(source, query);
        lock (_gate)
        {
            _cache.AddFirst((key, rows));
            if (_cache.Count > CacheCapacity)
            {
                _cache.RemoveLast();
            }
        }

        return rows;
    }

    private static MatchedRows Compute(IListSource source, ListQuery query)
    {
        var predicates = query.Where.Select(w => ConditionCompiler.Compile(source, w)).ToArray();
        var sorter = RowSorter.Create(source, query.OrderBy);
        if (predicates.Length == 0 && sorter.IsNatural)
        {
            return MatchedRows.All(source.Count, sorter.Reversed);
        }

        var matched = Filter(source.Count, predicates);
        sorter.Sort(matched);
        return new MatchedRows(matched, matched.Length, Reversed: false);
    }

    private static int[] Filter(int count, Func<int, bool>[] predicates)
    {
        var matched = new List<int>(predicates.Length == 0 ? count : 1024);
        for (var row = 0; row < count; row++)
        {
            if (MatchesAll(predicates, row))
            {
                matched.Add(row);
            }
        }

        return [.. matched];
    }

    private static bool MatchesAll(Func<int, bool>[] predicates, int row)
    {
        foreach (var predicate in predicates)
        {
            if (!predicate(row))
            {
                return false;
            }
        }

        return true;
    }
}
