using System.Buffers;
using Microsoft.IO;

namespace Qtickets.Api.Http;

/// <summary>
/// An answer body in pooled memory (<see cref="RecyclableMemoryStream"/>: 128 KB blocks, bounded pools), given back on
/// dispose. Why pooled: a run reads thousands of half-megabyte order pages and, per show, barcode lists of megabytes;
/// fresh arrays of that size land on the large object heap, which only a full collection frees, and the shared array
/// pool keeps such buffers per thread and core (close to a gigabyte with the barcodes of a large tenant).
/// </summary>
internal sealed class AnswerBody : IDisposable
{
    private RecyclableMemoryStream? _stream;

    public AnswerBody(RecyclableMemoryStream stream)
    {
        _stream = stream;
    }

    public long Length => Stream.Length;

    /// <summary>The body as one block (copied into a pooled large buffer when it spans several); valid until disposed.</summary>
    public ReadOnlySpan<byte> Span => Stream.GetBuffer().AsSpan(0, checked((int)Stream.Length));

    /// <summary>The body as it lies in its blocks, without a copy; valid until disposed.</summary>
    public ReadOnlySequence<byte> Sequence => Stream.GetReadOnlySequence();

    private RecyclableMemoryStream Stream => _stream ?? throw new ObjectDisposedException(nameof(AnswerBody));

    /// <summary>Reads all of <paramref name="source"/>; throws <see cref="AnswerTooLargeException"/> past <paramref name="maxBytes"/>.</summary>
    public async Task FillAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = Stream;
        while (true)
        {
            var read = await source.ReadAsync(stream.GetMemory(64 * 1024), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            stream.Advance(read);
            if (stream.Length > maxBytes)
            {
                throw new AnswerTooLargeException(maxBytes);
            }
        }
    }

    /// <summary>A copy that outlives the body (for error reports).</summary>
    public byte[] ToArray() => Stream.ToArray();

    /// <summary>
    /// Takes the body over: the caller disposes what it got (a long list read after the attempt); disposing this one
    /// does nothing afterwards.
    /// </summary>
    public AnswerBody Detach() => new(Interlocked.Exchange(ref _stream, null) ?? throw new ObjectDisposedException(nameof(AnswerBody)));

    public void Dispose() => Interlocked.Exchange(ref _stream, null)?.Dispose();
}
