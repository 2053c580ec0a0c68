using System.Buffers;

namespace Qtickets.Api.Http;

/// <summary>
/// An answer body read into buffers rented from the transport's pool and returned on dispose. Why: order pages are
/// about half a megabyte each, and a fresh array per page lands on the large object heap, which only a full
/// collection frees; renting keeps the loader's memory flat however many pages a run reads. The pool is bounded
/// (<see cref="CreatePool"/>), unlike <see cref="ArrayPool{T}.Shared"/>, which keeps buffers per thread and core:
/// with multi-megabyte barcode lists it held close to a gigabyte. A body longer than the largest pooled buffer
/// (a show's barcodes: megabytes) is kept as several such buffers rather than doubled into ever larger arrays.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstSize = 64 * 1024;

    /// <summary>The largest buffer a body is read into; longer bodies take several.</summary>
    private const int LargestPooledSize = 2 * 1024 * 1024;

    private PooledBytes? _bytes;
    private byte[]? _joined;

    private PooledBody(PooledBytes bytes)
    {
        _bytes = bytes;
        Length = checked((int)bytes.Length);
    }

    public int Length { get; }

    /// <summary>The body as one block; valid until this is disposed, so readers must not keep it.</summary>
    public ReadOnlyMemory<byte> Memory => Bytes.Buffers is [var only] ? only.AsMemory(0, Length) : _joined ??= Bytes.Sequence.ToArray();

    /// <summary>The body as it lies in its buffers; valid until this is disposed or detached.</summary>
    public ReadOnlySequence<byte> Sequence => Bytes.Sequence;

    private PooledBytes Bytes => _bytes ?? throw new ObjectDisposedException(nameof(PooledBody));

    /// <summary>
    /// A pool for the bodies of one transport: buffers up to two megabytes, at most sixteen of each size (four long
    /// bodies in flight of eight megabytes each).
    /// </summary>
    public static ArrayPool<byte> CreatePool() => ArrayPool<byte>.Create(LargestPooledSize, maxArraysPerBucket: 16);

    /// <summary>Reads the whole body; one declared or found to be longer than <paramref name="maxBytes"/> throws <see cref="AnswerTooLargeException"/>.</summary>
    public static async Task<PooledBody> ReadAsync(ArrayPool<byte> pool, HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw new AnswerTooLargeException(maxBytes);
        }

        var buffers = new List<byte[]> { pool.Rent(declared is > 0 ? (int)Math.Min(declared.Value + 1, LargestPooledSize) : FirstSize) };
        var filled = 0;
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var buffer = buffers[^1];
                if (filled == buffer.Length)
                {
                    filled = MakeRoom(pool, buffers, filled);
                    buffer = buffers[^1];
                }

                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new PooledBody(new PooledBytes(pool, buffers, filled));
                }

                filled += read;
                if ((long)(buffers.Count - 1) * LargestPooledSize + filled > maxBytes)
                {
                    throw new AnswerTooLargeException(maxBytes);
                }
            }
        }
        catch
        {
            buffers.ForEach(buffer => pool.Return(buffer));
            throw;
        }
    }

    /// <summary>
    /// Takes the body's buffers over: the caller keeps them (and returns them by disposing what it got) instead of
    /// copying a long body; this body is empty afterwards.
    /// </summary>
    public PooledBytes Detach() => Interlocked.Exchange(ref _bytes, null) ?? throw new ObjectDisposedException(nameof(PooledBody));

    /// <summary>A copy that outlives this body (for error reports).</summary>
    public byte[] ToArray() => Bytes.Sequence.ToArray();

    public void Dispose() => Interlocked.Exchange(ref _bytes, null)?.Dispose();

    /// <summary>
    /// A full last buffer is doubled while small (copying what it holds); from the largest pooled size on, another
    /// buffer of that size is added. Returns how much of the (new) last buffer is filled.
    /// </summary>
    private static int MakeRoom(ArrayPool<byte> pool, List<byte[]> buffers, int filled)
    {
        var full = buffers[^1];
        if (full.Length >= LargestPooledSize)
        {
            buffers.Add(pool.Rent(LargestPooledSize));
            return 0;
        }

        var larger = pool.Rent(Math.Min(full.Length * 2, LargestPooledSize));
        full.AsSpan(0, filled).CopyTo(larger);
        pool.Return(full);
        buffers[^1] = larger;
        return filled;
    }
}
