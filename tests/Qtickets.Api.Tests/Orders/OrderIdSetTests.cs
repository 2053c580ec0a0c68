using Qtickets.Api.Orders;

namespace Qtickets.Api.Tests.Orders;

public sealed class OrderIdSetTests
{
    [Fact]
    public void An_id_is_added_once()
    {
        var set = new OrderIdSet();

        Assert.True(set.Add(100_000));
        Assert.False(set.Add(100_000));
        Assert.Equal(1, set.Count);
    }

    [Theory]
    [InlineData(0L, 63L)]
    [InlineData(63L, 64L)]
    [InlineData(-1L, 1L)]
    [InlineData(-64L, 0L)]
    [InlineData(long.MinValue, long.MaxValue)]
    public void Neighbouring_and_extreme_ids_are_told_apart(long first, long second)
    {
        var set = new OrderIdSet();

        Assert.True(set.Add(first));
        Assert.True(set.Add(second));
        Assert.False(set.Add(first));
        Assert.False(set.Add(second));
    }

    [Fact]
    public void Dense_ids_take_one_word_per_64_ids()
    {
        var set = new OrderIdSet();

        for (long id = 100_000; id < 1_100_000; id++)
        {
            set.Add(id);
        }

        Assert.Equal(1_000_000, set.Count);
        Assert.InRange(set.Words, 1_000_000 / 64, (1_000_000 / 64) + 2);
    }

    [Fact]
    public void Ids_seen_in_any_order_are_remembered()
    {
        var set = new OrderIdSet();
        var ids = Enumerable.Range(0, 5_000).Select(i => (long)((i * 7919) % 5_000) * 37).ToList();

        Assert.All(ids, id => Assert.True(set.Add(id)));
        Assert.All(ids, id => Assert.False(set.Add(id)));
    }
}
