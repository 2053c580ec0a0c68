namespace Qtickets.Pipeline.Transform;

/// <summary>
/// The longest text stored in ClickHouse. Longer values are cut (and the run warns): a hostile 150 MB UTM value
/// must not become a fact key or a gigabyte of memory.
/// </summary>
public static class TextLimits
{
    /// <summary>UTM tags: keys of the UTM facts.</summary>
    public const int Utm = 256;

    /// <summary>Names, e-mails, phones, cities and other text.</summary>
    public const int Text = 1000;

    /// <summary>The value, cut to <paramref name="limit"/> characters (never inside a surrogate pair).</summary>
    public static string Cap(string? value, int limit, ref bool cut)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (value.Length <= limit)
        {
            return value;
        }

        cut = true;
        var length = char.IsHighSurrogate(value[limit - 1]) ? limit - 1 : limit;
        return value[..length];
    }
}
