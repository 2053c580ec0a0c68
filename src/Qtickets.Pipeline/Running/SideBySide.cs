using System.Runtime.ExceptionServices;

namespace Qtickets.Pipeline.Running;

/// <summary>Two parts of a run that need not wait for each other.</summary>
internal static class SideBySide
{
    /// <summary>
    /// Runs both and waits for both. The first failure cancels the other, which is awaited before the failure is
    /// thrown, so nothing of the run is still working when its error row is written; the first failure is the one
    /// thrown, not what the cancellation made of the other.
    /// </summary>
    public static async Task RunAsync(
        Func<CancellationToken, Task> first, Func<CancellationToken, Task> second, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? firstFailure = null;
        async Task CancelOtherOnFailure(Func<CancellationToken, Task> work)
        {
            try
            {
                await work(failed.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref firstFailure, ex, null);
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        try
        {
            await Task.WhenAll(CancelOtherOnFailure(first), CancelOtherOnFailure(second)).ConfigureAwait(false);
        }
        catch when (firstFailure is not null)
        {
            ExceptionDispatchInfo.Throw(firstFailure);
        }
    }
}
