namespace Qtickets.Simulator.Data;

/// <summary>
/// The compact per-order index (about 50 bytes an order): what filtering, sorting and paging need.
/// Everything else of an order is regenerated on demand from (seed, id).
/// Invariant: ids ascend with the position and so does <see cref="CreatedAt"/> (non-strictly).
/// Times are Unix seconds; 0 means null. <see cref="UpdatedAt"/> and <see cref="DeletedAt"/> change
/// when the DELETE verb mutates an order (under <see cref="OrderOverlay"/>'s lock).
/// </summary>
internal sealed class OrderIndex
{
    public OrderIndex(int count)
    {
        Count = count;
        Ids = new int[count];
        CreatedAt = new long[count];
        PayedAt = new long[count];
        UpdatedAt = new long[count];
        DeletedAt = new long[count];
        ShowIndex = new int[count];
        Flags = new OrderFlags[count];
    }

    public int Count { get; }

    public int[] Ids { get; }

    public long[] CreatedAt { get; }

    public long[] PayedAt { get; }

    public long[] UpdatedAt { get; }

    public long[] DeletedAt { get; }

    public int[] ShowIndex { get; }

    public OrderFlags[] Flags { get; }

    /// <summary>The position of an order id, or -1.</summary>
    public int IndexOf(long id)
    {
        if (id is < int.MinValue or > int.MaxValue)
        {
            return -1;
        }

        var position = Array.BinarySearch(Ids, (int)id);
        return position >= 0 ? position : -1;
    }
}
