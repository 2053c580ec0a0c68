using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Qtickets.Pipeline.Streaming;

/// <summary>
/// Reads a stream on its own task, up to a bounded weight of items ahead of the consumer. Without it the pages of
/// orders and the staging of a chunk take turns: while a chunk is transformed, looked up and queued for insert,
/// nobody asks for the next pages. With it both cores work on a 2-core machine.
/// </summary>
/// <remarks>
/// The bound is a weight (orders, not pages: a page holds 50 or 200 orders depending on the walk), so what is held
/// ahead does not grow with the page size. The reader takes one more item while less than the capacity is held.
/// The consumer sees the items in order, then the source's failure as it was thrown (a QTickets error stays a
/// QTickets error). When the consumer stops early, the source is cancelled and awaited before the loop returns, so
/// nothing reads on behind the caller's back.
/// </remarks>
public static class ReadAhead
{
    /// <summary>At most <paramref name="capacity"/> items ahead.</summary>
    public static IAsyncEnumerable<T> BufferAsync<T>(IAsyncEnumerable<T> source, int capacity, CancellationToken cancellationToken) =>
        BufferAsync(source, capacity, _ => 1, cancellationToken);

    /// <summary>Items ahead while less than <paramref name="capacity"/> of their <paramref name="weight"/> is held.</summary>
    public static async IAsyncEnumerable<T> BufferAsync<T>(
        IAsyncEnumerable<T> source, int capacity, Func<T, int> weight, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var buffer = Channel.CreateUnbounded<(T Item, int Weight)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var room = new Room(capacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => FillAsync(source, weight, room, buffer.Writer, stop.Token), CancellationToken.None);
        try
        {
            // ReadAllAsync rethrows the exception the writer completed with, not a wrapper.
            await foreach (var (item, itemWeight) in buffer.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                room.Leave(itemWeight);
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(false);
        }
    }

    private static async Task FillAsync<T>(
        IAsyncEnumerable<T> source, Func<T, int> weight, Room room, ChannelWriter<(T, int)> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var itemWeight = Math.Max(weight(item), 0);
                await room.EnterAsync(itemWeight, cancellationToken).ConfigureAwait(false);
                writer.TryWrite((item, itemWeight));
            }

            writer.Complete();
        }
        catch (Exception ex)
        {
            // Handed to the consumer after the items read before it; never lost, never thrown twice.
            writer.Complete(ex);
        }
    }

    /// <summary>The weight held in the buffer: one writer waits while it is full, the reader frees it item by item.</summary>
    private sealed class Room(int capacity) : IDisposable
    {
        private readonly SemaphoreSlim _freed = new(0);
        private long _held;

        public async Task EnterAsync(int weight, CancellationToken cancellationToken)
        {
            // A release the writer did not wait for only makes it look again: the held weight is the truth.
            while (Interlocked.Read(ref _held) >= capacity)
            {
                await _freed.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            Interlocked.Add(ref _held, weight);
        }

        public void Leave(int weight)
        {
            Interlocked.Add(ref _held, -weight);
            _freed.Release();
        }

        public void Dispose() => _freed.Dispose();
    }
}
