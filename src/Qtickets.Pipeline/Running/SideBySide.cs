using System.Runtime.ExceptionServices;

namespace Qtickets.Pipeline.Running;

/// <summary>Two lines of a run that need not wait for each other: the main one (the facts of the orders) and one beside it (inventory, catalogues).</summary>
internal static class SideBySide
{
    /// <summary>
    /// Runs both and waits for both; nothing of the run is still working when this returns or throws.
    /// A failure of the main line cancels the line beside it and is the one thrown. A failure beside does not stop the
    /// main line: the facts of the orders' days are finished (the daily facts stay equal to staging), then that
    /// failure is thrown. Cancelling the run cancels both.
    /// </summary>
    public static async Task RunAsync(
        Func<CancellationToken, Task> main, Func<CancellationToken, Task> beside, CancellationToken cancellationToken)
    {
        using var mainFailed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var besideLine = beside(mainFailed.Token);
        try
        {
            await main(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception mainFailure)
        {
            await mainFailed.CancelAsync().ConfigureAwait(false);
            // Only waited for: what the cancellation made of it is not the run's error.
            await besideLine.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            ExceptionDispatchInfo.Throw(mainFailure);
        }

        await besideLine.ConfigureAwait(false);
    }
}
