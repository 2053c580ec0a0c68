namespace Qtickets.Api.Orders;

/// <summary>
/// The order ids a stream has emitted, so each is emitted at most once (a page boundary that shifted while the walk
/// ran, the plain-pages walk after a switch). A bitmap in 64-id words keyed by <c>id / 64</c>: order ids are dense
/// and ascending, so a million ids take about 16,000 words (a few hundred kilobytes) instead of the tens of
/// megabytes a set of longs needs, and it never takes more than such a set, however sparse the ids.
/// </summary>
internal sealed class OrderIdSet
{
    private readonly Dictionary<long, ulong> _words = [];

    public long Count { get; private set; }

    /// <summary>The 64-id words in use: what the memory of the set grows with.</summary>
    public int Words => _words.Count;

    /// <summary>True when <paramref name="id"/> was not in the set (and now is).</summary>
    public bool Add(long id)
    {
        var key = id >> 6;
        var bit = 1UL << (int)(id & 63);
        _words.TryGetValue(key, out var word);
        if ((word & bit) != 0)
        {
            return false;
        }

        _words[key] = word | bit;
        Count++;
        return true;
    }
}
