using Qtickets.Api.Models;

namespace Qtickets.Pipeline.Inventory;

/// <summary>
/// Capacity and tickets left of one show (or the sum over an event's shows) by the seats rule: capacity is the sum of
/// <c>max_quantity</c> over seats not disabled, tickets left the sum of <c>free_quantity</c> over seats available. A
/// general-admission zone of 200 places is one seat record with <c>max_quantity</c> 200, so it counts 200 (the
/// earlier loader counted it as one seat). A figure is null (unknown) when a seat it needs did not carry its count:
/// never 1 or 0 in its place. A seat without <c>disabled</c> is not disabled; one without <c>available</c> counts
/// by its <c>free_quantity</c>.
/// </summary>
public sealed record ShowCapacity(uint? Total, uint? Left)
{
    public bool IsKnown => Total is not null && Left is not null;

    public static ShowCapacity From(IEnumerable<Seat> seats)
    {
        long? total = 0;
        long? left = 0;
        foreach (var seat in seats)
        {
            if (seat.Disabled != true)
            {
                total = seat.MaxQuantity is { } max ? total + Math.Max(max, 0) : null;
            }

            if (seat.Available != false && seat.Disabled != true)
            {
                left = seat.FreeQuantity is { } free ? left + Math.Max(free, 0) : null;
            }
        }

        return new ShowCapacity(Clamp(total), Clamp(left));
    }

    /// <summary>The event's figures: the sums over its shows, unknown when any show's is.</summary>
    public static ShowCapacity Sum(IEnumerable<ShowCapacity> shows)
    {
        long? total = 0;
        long? left = 0;
        foreach (var show in shows)
        {
            total += show.Total;
            left += show.Left;
        }

        return new ShowCapacity(Clamp(total), Clamp(left));
    }

    private static uint? Clamp(long? value) => value is { } v ? (uint)Math.Min(v, uint.MaxValue) : null;
}
