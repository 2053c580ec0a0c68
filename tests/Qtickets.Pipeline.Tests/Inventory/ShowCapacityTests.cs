using Qtickets.Api.Models;
using Qtickets.Pipeline.Inventory;

namespace Qtickets.Pipeline.Tests.Inventory;

public sealed class ShowCapacityTests
{
    private static Seat Seat(int? max = 1, int? free = 1, bool? available = true, bool? disabled = false) => new()
    {
        Id = Guid.NewGuid().ToString(),
        MaxQuantity = max,
        FreeQuantity = free,
        Available = available,
        Disabled = disabled,
    };

    [Fact]
    public void A_general_admission_zone_counts_its_places()
    {
        var capacity = ShowCapacity.From([Seat(max: 200, free: 150), Seat(), Seat(max: 1, free: 0, available: false)]);

        Assert.Equal(new ShowCapacity(202, 151), capacity);
    }

    [Fact]
    public void Disabled_seats_count_neither_place_nor_ticket_left()
    {
        Assert.Equal(new ShowCapacity(1, 1), ShowCapacity.From([Seat(), Seat(max: 5, free: 5, available: true, disabled: true)]));
    }

    [Fact]
    public void A_seat_without_its_counts_makes_the_show_unknown_never_one_or_zero()
    {
        var capacity = ShowCapacity.From([Seat(max: 200, free: 150), Seat(max: null, free: null, available: null, disabled: null)]);

        Assert.Equal(new ShowCapacity(null, null), capacity);
        Assert.False(capacity.IsKnown);
    }

    [Fact]
    public void Missing_flags_read_as_not_disabled_and_counted_by_free_quantity()
    {
        Assert.Equal(new ShowCapacity(10, 4), ShowCapacity.From([Seat(max: 10, free: 4, available: null, disabled: null)]));
    }

    [Fact]
    public void An_event_is_unknown_when_any_of_its_shows_is()
    {
        Assert.Equal(new ShowCapacity(null, null), ShowCapacity.Sum([new ShowCapacity(10, 5), new ShowCapacity(null, null)]));
        Assert.Equal(new ShowCapacity(30, 5), ShowCapacity.Sum([new ShowCapacity(10, 5), new ShowCapacity(20, 0)]));
    }
}
