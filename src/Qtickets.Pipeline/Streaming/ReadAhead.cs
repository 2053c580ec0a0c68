using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Qtickets.Pipeline.Streaming;

/// <summary>
/// Reads a stream on its own task, up to a bounded number of items ahead of the consumer. Without it the pages of
/// orders and the staging of a chunk take turns: while a chunk is transformed, looked up and queued for insert,
/// nobody asks for the next pages. With it both cores work on a 2-core machine.
/// </summary>
/// <remarks>
/// The consumer sees the items in order, then the source's failure as it was thrown (a QTickets error stays a
/// QTickets error). When the consumer stops early, the source is cancelled and awaited before the loop returns, so
/// nothing reads on behind the caller's back.
/// </remarks>
public static class ReadAhead
{
    public static async IAsyncEnumerable<T> BufferAsync<T>(
        IAsyncEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var buffer = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => FillAsync(source, buffer.Writer, stop.Token), CancellationToken.None);
        try
        {
            // ReadAllAsync rethrows the exception the writer completed with, not a wrapper.
            await foreach (var item in buffer.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(false);
        }
    }

    private static async Task FillAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            // Handed to the consumer after the items read before it; never lost, never thrown twice.
            writer.Complete(ex);
        }
    }
}
