using Qtickets.Api.Models;

namespace Qtickets.Pipeline.Inventory;

/// <summary>
/// Capacity and tickets left of one show, by the seats rule of qtickets-api.md: capacity is the sum of
/// <c>max_quantity</c> over seats not disabled, tickets left the sum of <c>free_quantity</c> over seats available.
/// A general-admission zone of 200 places is one seat record with <c>max_quantity</c> 200, so it counts 200
/// (the earlier loader counted it as one seat).
/// </summary>
public sealed record ShowCapacity(uint Total, uint Left)
{
    public static ShowCapacity From(IEnumerable<Seat> seats)
    {
        long total = 0;
        long left = 0;
        foreach (var seat in seats)
        {
            if (!seat.Disabled)
            {
                total += Math.Max(seat.MaxQuantity ?? 1, 0);
            }

            if (seat.Available)
            {
                left += Math.Max(seat.FreeQuantity ?? 0, 0);
            }
        }

        return new ShowCapacity((uint)Math.Min(total, uint.MaxValue), (uint)Math.Min(left, uint.MaxValue));
    }
}
