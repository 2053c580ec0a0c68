using System.Buffers;

namespace Qtickets.Api.Http;

/// <summary>
/// An answer body read into a buffer rented from <see cref="ArrayPool{T}.Shared"/> and returned on dispose. Why: order
/// pages are about half a megabyte each, and a fresh array per page lands on the large object heap, which only a
/// full collection frees; renting keeps the loader's memory flat however many pages a run reads.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstSize = 64 * 1024;
    private const int LargestFirstSize = 16 * 1024 * 1024;
    private byte[] _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The body; valid until this is disposed, so readers must not keep it.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    public static async Task<PooledBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var expected = content.Headers.ContentLength is { } length and > 0 ? (int)Math.Min(length + 1, LargestFirstSize) : FirstSize;
        var buffer = ArrayPool<byte>.Shared.Rent(expected);
        var filled = 0;
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (filled == buffer.Length)
                {
                    buffer = Grow(buffer, filled);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new PooledBody(buffer, filled);
                }

                filled += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>A copy that outlives this body (for error reports).</summary>
    public byte[] ToArray() => Memory.ToArray();

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
