using Qtickets.Api.Models;
using Qtickets.Api.Orders;

namespace Qtickets.Api.Tests.Orders;

public sealed class OrderQueryTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(3));

    private static OrderQuery CreateSut() => new() { From = From, PaidOnly = true };

    [Fact]
    public void A_never_paid_order_is_outside_the_paid_filter()
    {
        var order = new Order { Id = 1, Payed = false, UpdatedAt = From.AddHours(1) };

        Assert.Equal("payed = 0", CreateSut().Mismatch(order));
    }

    [Fact]
    public void A_paid_order_cancelled_with_its_paid_flag_reset_stays_in_so_its_row_can_be_zeroed()
    {
        var order = new Order { Id = 2, Payed = false, PayedAt = From.AddDays(-3), DeletedAt = From.AddHours(2), UpdatedAt = From.AddHours(2) };

        Assert.True(CreateSut().Matches(order));
    }

    [Fact]
    public void An_order_updated_before_the_window_is_outside_it()
    {
        var order = new Order { Id = 3, Payed = true, PayedAt = From.AddDays(-3), UpdatedAt = From.AddSeconds(-1) };

        Assert.False(CreateSut().Matches(order));
    }
}
