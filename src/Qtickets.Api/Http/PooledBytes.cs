using System.Buffers;

namespace Qtickets.Api.Http;

/// <summary>
/// Bytes in buffers rented from a pool, in order: every buffer full except the last. Disposing returns the buffers;
/// whoever holds this owns them (see <see cref="PooledBody.Detach"/>).
/// </summary>
internal sealed class PooledBytes : IDisposable
{
    private readonly ArrayPool<byte>? _pool;
    private List<byte[]>? _buffers;
    private int _released; // buffers [0, _released) went back to the pool early
    private long _releasedEnd;

    public PooledBytes(ArrayPool<byte>? pool, List<byte[]> buffers, int lastLength)
    {
        _pool = pool;
        _buffers = buffers;
        Sequence = SequenceOf(buffers, lastLength);
    }

    /// <summary>Bytes in an array of their own (no pool), for bodies built in memory.</summary>
    public static PooledBytes Unpooled(byte[] bytes) => new(null, [bytes], bytes.Length);

    public long Length => Sequence.Length;

    public ReadOnlySequence<byte> Sequence { get; }

    /// <summary>The buffers, while not disposed.</summary>
    public IReadOnlyList<byte[]> Buffers => _buffers ?? throw new ObjectDisposedException(nameof(PooledBytes));

    /// <summary>
    /// Returns the buffers that lie wholly before <paramref name="offset"/> to the pool, for a reader that goes front to
    /// back and will not read before it again: a long list then holds less and less memory while it is consumed.
    /// <see cref="Sequence"/> still spans the whole; slices before <paramref name="offset"/> must not be read any more.
    /// </summary>
    public void ReleaseBefore(long offset)
    {
        if (_pool is null || _buffers is not { } buffers)
        {
            return;
        }

        while (_released < buffers.Count - 1 && _releasedEnd + buffers[_released].Length <= offset)
        {
            _releasedEnd += buffers[_released].Length;
            _pool.Return(buffers[_released]);
            _released++;
        }
    }

    public void Dispose()
    {
        var buffers = Interlocked.Exchange(ref _buffers, null);
        if (buffers is not null && _pool is not null)
        {
            foreach (var buffer in buffers.Skip(_released))
            {
                _pool.Return(buffer);
            }
        }
    }

    private static ReadOnlySequence<byte> SequenceOf(List<byte[]> buffers, int lastLength)
    {
        if (buffers.Count == 1)
        {
            return new ReadOnlySequence<byte>(buffers[0], 0, lastLength);
        }

        var first = new BufferSegment(buffers[0], 0);
        var last = first;
        for (var i = 1; i < buffers.Count; i++)
        {
            last = last.Append(i == buffers.Count - 1 ? buffers[i].AsMemory(0, lastLength) : buffers[i]);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}
