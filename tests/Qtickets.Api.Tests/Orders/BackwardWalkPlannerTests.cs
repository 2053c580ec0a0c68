using Qtickets.Api.Orders;

namespace Qtickets.Api.Tests.Orders;

public sealed class BackwardWalkPlannerTests
{
    private static readonly DateTimeOffset Newest = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(3));

    [Fact]
    public void Pages_needed_follow_from_the_time_one_record_takes()
    {
        // 50 records over 49 minutes: one a minute; 120 minutes more to cover is 120 records, 3 pages of 50.
        var pages = BackwardWalkState.PagesToFetch(Newest, Newest.AddMinutes(-49), 50, 50, Newest.AddMinutes(-169), maxPages: 16);

        Assert.Equal(3, pages);
    }

    [Fact]
    public void Nothing_is_needed_once_the_oldest_record_predates_the_threshold()
    {
        Assert.Equal(0, BackwardWalkState.PagesToFetch(Newest, Newest.AddHours(-5), 50, 50, Newest.AddHours(-4), maxPages: 16));
    }

    [Fact]
    public void Without_a_time_span_one_page_at_a_time_is_read()
    {
        Assert.Equal(1, BackwardWalkState.PagesToFetch(Newest, Newest, 1, 50, Newest.AddDays(-30), maxPages: 16));
    }

    [Fact]
    public void A_round_never_exceeds_its_cap()
    {
        Assert.Equal(16, BackwardWalkState.PagesToFetch(Newest, Newest.AddMinutes(-1), 50, 50, Newest.AddDays(-30), maxPages: 16));
    }
}
