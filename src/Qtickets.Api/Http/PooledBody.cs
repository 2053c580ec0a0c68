using System.Buffers;

namespace Qtickets.Api.Http;

/// <summary>
/// An answer body read into a buffer rented from the transport's pool and returned on dispose. Why: order pages are
/// about half a megabyte each, and a fresh array per page lands on the large object heap, which only a full
/// collection frees; renting keeps the loader's memory flat however many pages a run reads. The pool is bounded
/// (<see cref="CreatePool"/>), unlike <see cref="ArrayPool{T}.Shared"/>, which keeps buffers per thread and core:
/// with multi-megabyte barcode lists it held close to a gigabyte.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstSize = 64 * 1024;

    /// <summary>Larger bodies (rare: long barcode lists) get arrays of their own, freed by the collector.</summary>
    private const int LargestPooledSize = 2 * 1024 * 1024;

    private readonly ArrayPool<byte>? _pool; // null: an array of this body's own
    private byte[] _buffer;

    private PooledBody(ArrayPool<byte>? pool, byte[] buffer, int length)
    {
        _pool = pool;
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The body; valid until this is disposed, so readers must not keep it.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>A pool for the bodies of one transport: at most eight buffers of each size up to two megabytes.</summary>
    public static ArrayPool<byte> CreatePool() => ArrayPool<byte>.Create(LargestPooledSize, maxArraysPerBucket: 8);

    public static async Task<PooledBody> ReadAsync(ArrayPool<byte> pool, HttpContent content, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        var buffer = pool.Rent(declared is > 0 ? (int)Math.Min(declared.Value + 1, LargestPooledSize) : FirstSize);
        var fullBuffers = new List<byte[]>(); // a long body: pooled buffers of the largest size, in order, joined at the end
        var filled = 0;
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (filled == buffer.Length)
                {
                    (buffer, filled) = buffer.Length < LargestPooledSize
                        ? (Grow(pool, buffer, filled), filled)
                        : (Next(pool, fullBuffers, buffer), 0);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return fullBuffers.Count == 0 ? new PooledBody(pool, buffer, filled) : Joined(pool, fullBuffers, buffer, filled);
                }

                filled += read;
            }
        }
        catch
        {
            pool.Return(buffer);
            fullBuffers.ForEach(full => pool.Return(full));
            throw;
        }
    }

    /// <summary>
    /// The body's own array when it has one (a long body, not pooled), which the caller may keep, so a long list is not
    /// copied once more; null for a pooled body. The array holds exactly the body.
    /// </summary>
    public byte[]? OwnArray() => _pool is null ? _buffer : null;

    /// <summary>A copy that outlives this body (for error reports).</summary>
    public byte[] ToArray() => Memory.ToArray();

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            _pool?.Return(buffer);
        }
    }

    private static byte[] Grow(ArrayPool<byte> pool, byte[] buffer, int filled)
    {
        var larger = pool.Rent(Math.Min(buffer.Length * 2, LargestPooledSize));
        buffer.AsSpan(0, filled).CopyTo(larger);
        pool.Return(buffer);
        return larger;
    }

    private static byte[] Next(ArrayPool<byte> pool, List<byte[]> fullBuffers, byte[] full)
    {
        fullBuffers.Add(full);
        return pool.Rent(LargestPooledSize);
    }

    /// <summary>
    /// A long body as one array of its exact size, not pooled. Why not keep doubling: for a body of eight megabytes
    /// that leaves arrays of 4, 8 and 16 megabytes on the large object heap, freed only by a full collection.
    /// </summary>
    private static PooledBody Joined(ArrayPool<byte> pool, List<byte[]> fullBuffers, byte[] last, int lastLength)
    {
        var whole = GC.AllocateUninitializedArray<byte>(fullBuffers.Sum(full => full.Length) + lastLength);
        var offset = 0;
        foreach (var full in fullBuffers)
        {
            full.CopyTo(whole, offset);
            offset += full.Length;
            pool.Return(full);
        }

        last.AsSpan(0, lastLength).CopyTo(whole.AsSpan(offset));
        pool.Return(last);
        return new PooledBody(null, whole, whole.Length);
    }
}
