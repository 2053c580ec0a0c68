namespace Qtickets.Simulator.Data;

/// <summary>
/// SplitMix64: a tiny, allocation-free generator whose output depends only on its seed, so every
/// order, event or seat can be regenerated on demand from (seed, stream, key) without storing it.
/// System.Random is avoided because its seeded sequence is an implementation detail.
/// </summary>
internal struct DeterministicRandom
{
    private ulong _state;

    public DeterministicRandom(ulong seed)
    {
        _state = seed;
    }

    public static DeterministicRandom For(int seed, RandomStream stream, long key)
    {
        var mixed = Mix(((ulong)(uint)seed << 32) ^ (ulong)stream);
        return new DeterministicRandom(Mix(mixed ^ (ulong)key));
    }

    public static ulong Mix(ulong value)
    {
        var z = value + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An int in [0, maxExclusive); 0 when maxExclusive is not positive.</summary>
    public int Next(int maxExclusive) =>
        maxExclusive <= 0 ? 0 : (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    /// <summary>An int in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
