namespace Qtickets.Pipeline.Offline;

/// <summary>
/// A read-only stream over byte ranges read one after the other, copying nothing until the reader asks: an offline
/// page is the file's own record bytes between a prefix and a suffix, read by the client as it would read a socket.
/// (A page assembled into one buffer first cost a copy, and an array of large-object size, per page.)
/// </summary>
internal sealed class PartsStream(IReadOnlyList<ReadOnlyMemory<byte>> parts) : Stream
{
    private int _part;
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => parts.Sum(part => (long)part.Length);

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var copied = 0;
        while (copied < buffer.Length && _part < parts.Count)
        {
            var rest = parts[_part].Span[_offset..];
            var take = Math.Min(rest.Length, buffer.Length - copied);
            rest[..take].CopyTo(buffer[copied..]);
            copied += take;
            _offset += take;
            if (_offset == parts[_part].Length)
            {
                _part++;
                _offset = 0;
            }
        }

        return copied;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
