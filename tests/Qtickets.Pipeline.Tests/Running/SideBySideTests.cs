using Qtickets.Pipeline.Running;

namespace Qtickets.Pipeline.Tests.Running;

/// <summary>The facts and the API stages run side by side: both finish, or the first failure ends both and is reported.</summary>
public sealed class SideBySideTests
{
    [Fact]
    public async Task Both_run_at_the_same_time_and_both_finish()
    {
        using var bothStarted = new Barrier(2);
        var done = 0;

        await SideBySide.RunAsync(
            token => Task.Run(() => { Assert.True(bothStarted.SignalAndWait(TimeSpan.FromSeconds(10))); Interlocked.Increment(ref done); }, token),
            token => Task.Run(() => { Assert.True(bothStarted.SignalAndWait(TimeSpan.FromSeconds(10))); Interlocked.Increment(ref done); }, token),
            CancellationToken.None);

        Assert.Equal(2, done);
    }

    [Fact]
    public async Task The_first_failure_cancels_the_other_which_ends_before_the_failure_is_thrown()
    {
        var otherEnded = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SideBySide.RunAsync(
            async token =>
            {
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, token);
                }
                catch (OperationCanceledException ex)
                {
                    await Task.Delay(50, CancellationToken.None);
                    otherEnded = true;
                    throw new TimeoutException("what the cancellation made of the other", ex); // not what the run reports
                }
            },
            async _ =>
            {
                await Task.Delay(20, CancellationToken.None);
                throw new InvalidOperationException("ClickHouse went away");
            },
            CancellationToken.None));

        Assert.Equal("ClickHouse went away", error.Message);
        Assert.True(otherEnded);
    }

    [Fact]
    public async Task A_cancelled_run_cancels_both()
    {
        using var cancel = new CancellationTokenSource();
        var run = SideBySide.RunAsync(
            token => Task.Delay(Timeout.InfiniteTimeSpan, token),
            token => Task.Delay(Timeout.InfiniteTimeSpan, token),
            cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }
}
