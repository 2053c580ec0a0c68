using Qtickets.Pipeline.Running;

namespace Qtickets.Pipeline.Tests.Running;

/// <summary>
/// The orders with their facts (the main line) and inventory with the catalogues (beside it) run at the same time; a
/// failure of the main line ends both, a failure beside lets the main line finish first.
/// </summary>
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
    public async Task A_failure_of_the_main_line_cancels_the_line_beside_which_ends_before_the_failure_is_thrown()
    {
        var besideEnded = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SideBySide.RunAsync(
            async _ =>
            {
                await Task.Delay(20, CancellationToken.None);
                throw new InvalidOperationException("the orders walk was cut short");
            },
            async token =>
            {
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, token);
                }
                catch (OperationCanceledException ex)
                {
                    await Task.Delay(50, CancellationToken.None);
                    besideEnded = true;
                    throw new TimeoutException("what the cancellation made of the line beside", ex); // not what the run reports
                }
            },
            CancellationToken.None));

        Assert.Equal("the orders walk was cut short", error.Message);
        Assert.True(besideEnded);
    }

    [Fact]
    public async Task A_failure_beside_lets_the_main_line_finish_and_is_thrown_after_it()
    {
        var mainFinished = false;
        var mainCancelled = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SideBySide.RunAsync(
            async token =>
            {
                await Task.Delay(200, token);
                mainCancelled = token.IsCancellationRequested;
                mainFinished = true;
            },
            async _ =>
            {
                await Task.Delay(10, CancellationToken.None);
                throw new InvalidOperationException("the clients listing failed");
            },
            CancellationToken.None));

        Assert.Equal("the clients listing failed", error.Message);
        Assert.True(mainFinished);
        Assert.False(mainCancelled);
    }

    [Fact]
    public async Task A_cancelled_run_cancels_both_and_ends_them_before_it_returns()
    {
        using var cancel = new CancellationTokenSource();
        var besideCancelled = false;
        var run = SideBySide.RunAsync(
            token => Task.Delay(Timeout.InfiniteTimeSpan, token),
            async token =>
            {
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, token);
                }
                catch (OperationCanceledException)
                {
                    besideCancelled = true;
                    throw;
                }
            },
            cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(besideCancelled);
    }
}
