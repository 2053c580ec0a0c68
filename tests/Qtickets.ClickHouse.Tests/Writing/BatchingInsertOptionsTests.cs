using Qtickets.ClickHouse.Writing;

namespace Qtickets.ClickHouse.Tests.Writing;

public sealed class BatchingInsertOptionsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(new BatchingInsertOptions().Validate());
    }

    [Fact]
    public void Retry_delay_doubles_up_to_the_maximum()
    {
        var options = new BatchingInsertOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(5) };

        var delays = Enumerable.Range(1, 5).Select(options.RetryDelay).ToList();

        Assert.Equal([1, 2, 4, 5, 5], delays.Select(d => (int)d.TotalSeconds));
    }

    [Fact]
    public void Queue_must_hold_at_least_one_batch()
    {
        var errors = new BatchingInsertOptions { BatchSize = 100, QueueLimit = 50 }.Validate();

        Assert.Contains(errors, e => e.Contains("QueueLimit", StringComparison.Ordinal));
    }
}
