namespace Qtickets.Simulator.Data;

/// <summary>
/// The compact per-order index (about 50 bytes an order): what filtering, sorting and paging need.
/// Everything else of an order is regenerated on demand from (seed, id).
/// Invariant: ids ascend with the position and so does <see cref="CreatedAt"/> (non-strictly).
/// Times are Unix seconds; 0 means null. <see cref="UpdatedAt"/> and <see cref="DeletedAt"/> change
/// when the DELETE verb mutates an order, and live sales append orders (<see cref="Append"/>); both
/// happen under <see cref="OrderOverlay"/>'s lock only.
/// </summary>
/// <remarks>
/// Readers take no lock: a row is written completely before <see cref="Count"/> grows to include it, and
/// growing copies every column before the new arrays are published, so a reader that read <see cref="Count"/>
/// first sees whole rows below it whichever arrays it reads.
/// </remarks>
internal sealed class OrderIndex
{
    private Columns _columns;
    private int _count;

    public OrderIndex(int count)
    {
        _columns = new Columns(count);
        _count = count;
    }

    public int Count => Volatile.Read(ref _count);

    public int[] Ids => _columns.Ids;

    public long[] CreatedAt => _columns.CreatedAt;

    public long[] PayedAt => _columns.PayedAt;

    public long[] UpdatedAt => _columns.UpdatedAt;

    public long[] DeletedAt => _columns.DeletedAt;

    public int[] ShowIndex => _columns.ShowIndex;

    public OrderFlags[] Flags => _columns.Flags;

    /// <summary>The position of an order id, or -1.</summary>
    public int IndexOf(long id)
    {
        if (id is < int.MinValue or > int.MaxValue)
        {
            return -1;
        }

        var position = Array.BinarySearch(Ids, 0, Count, (int)id);
        return position >= 0 ? position : -1;
    }

    /// <summary>Adds an order after the last one; call under <see cref="OrderOverlay.Gate"/> only.</summary>
    /// <returns>The new order's position.</returns>
    public int Append(int id, long createdAt, long payedAt, int showIndex, OrderFlags flags)
    {
        var position = _count;
        if (position == _columns.Ids.Length)
        {
            // Grow by a quarter (at least 1024 rows): live sales add a few orders a second.
            Volatile.Write(ref _columns, _columns.CopyTo(position + Math.Max(1024, position / 4)));
        }

        var columns = _columns;
        columns.Ids[position] = id;
        columns.CreatedAt[position] = createdAt;
        columns.PayedAt[position] = payedAt;
        columns.UpdatedAt[position] = Math.Max(createdAt, payedAt);
        columns.DeletedAt[position] = 0;
        columns.ShowIndex[position] = showIndex;
        columns.Flags[position] = flags;
        Volatile.Write(ref _count, position + 1);
        return position;
    }

    private sealed class Columns(int capacity)
    {
        public int[] Ids { get; } = new int[capacity];

        public long[] CreatedAt { get; } = new long[capacity];

        public long[] PayedAt { get; } = new long[capacity];

        public long[] UpdatedAt { get; } = new long[capacity];

        public long[] DeletedAt { get; } = new long[capacity];

        public int[] ShowIndex { get; } = new int[capacity];

        public OrderFlags[] Flags { get; } = new OrderFlags[capacity];

        public Columns CopyTo(int capacity)
        {
            var copy = new Columns(capacity);
            Array.Copy(Ids, copy.Ids, Ids.Length);
            Array.Copy(CreatedAt, copy.CreatedAt, CreatedAt.Length);
            Array.Copy(PayedAt, copy.PayedAt, PayedAt.Length);
            Array.Copy(UpdatedAt, copy.UpdatedAt, UpdatedAt.Length);
            Array.Copy(DeletedAt, copy.DeletedAt, DeletedAt.Length);
            Array.Copy(ShowIndex, copy.ShowIndex, ShowIndex.Length);
            Array.Copy(Flags, copy.Flags, Flags.Length);
            return copy;
        }
    }
}
