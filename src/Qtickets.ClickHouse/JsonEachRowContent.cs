using System.Buffers;
using System.Net;
using System.Text.Json;

namespace Qtickets.ClickHouse;

/// <summary>
/// A request body of <c>JSONEachRow</c> lines written while the request is sent (chunked transfer): rows are
/// serialised into a small buffer that is flushed to the network every <see cref="FlushThreshold"/> bytes, so a
/// batch never exists as one string.
/// </summary>
internal sealed class JsonEachRowContent<T>(IAsyncEnumerable<T> rows, JsonSerializerOptions json) : HttpContent, IRowSourceContent
{
    private const int FlushThreshold = 64 * 1024;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public long RowsWritten { get; private set; }

    public Exception? Failure { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        var writer = new Utf8JsonWriter(buffer);
        await using var writerDisposal = writer.ConfigureAwait(false);
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                writer.Reset(buffer);
                JsonSerializer.Serialize(writer, row, json);
                writer.Flush();
                buffer.Write(NewLine);
                RowsWritten++;
                if (buffer.WrittenCount >= FlushThreshold)
                {
                    await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }
            }

            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && ex is not IOException)
        {
            Failure = ex;
            throw;
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
