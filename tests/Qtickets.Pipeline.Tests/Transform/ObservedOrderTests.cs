using Qtickets.Api.Models;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Tests.Transform;

/// <summary>
/// A pushed order's version: the end of the second of its latest own stamp (QTickets stamps whole seconds), capped at
/// its receipt. A run's version is the moment it read the page, so both must compare the way the changes happened.
/// </summary>
public sealed class ObservedOrderTests
{
    private static readonly DateTimeOffset Second = new(2026, 11, 20, 14, 30, 5, TimeSpan.FromHours(3));

    [Fact]
    public void A_change_made_in_the_second_a_run_read_the_order_is_newer_than_that_read()
    {
        var runRead = new ObservedOrder(new Order { Id = 1, UpdatedAt = Second.AddSeconds(-40) }, Second.AddMilliseconds(300));
        var refund = ObservedOrder.FromWebhook(new Order { Id = 1, UpdatedAt = Second }, Second.AddMilliseconds(600));

        Assert.True(refund.ObservedAt > runRead.ObservedAt, $"{refund.ObservedAt:O} is not after {runRead.ObservedAt:O}");
        Assert.Equal(Second.AddMilliseconds(600), refund.ObservedAt);
    }

    [Fact]
    public void A_late_webhook_is_observed_at_the_end_of_its_stamps_second()
    {
        var late = ObservedOrder.FromWebhook(new Order { Id = 1, UpdatedAt = Second }, Second.AddHours(1));

        Assert.Equal(Second.AddTicks(TimeSpan.TicksPerSecond - 1), late.ObservedAt);
    }

    [Fact]
    public void A_stamp_from_the_future_is_capped_at_the_receipt_and_an_order_without_stamps_is_observed_at_it()
    {
        var received = Second.AddMinutes(1);

        Assert.Equal(received, ObservedOrder.FromWebhook(new Order { Id = 1, UpdatedAt = Second.AddHours(20) }, received).ObservedAt);
        Assert.Equal(received, ObservedOrder.FromWebhook(new Order { Id = 1 }, received).ObservedAt);
    }
}
