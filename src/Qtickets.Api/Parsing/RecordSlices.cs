using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;
using Qtickets.Api.Http;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The records of a long list answer kept as the answer's own buffers and where each record lies in them; a record
/// becomes a <see cref="JsonElement"/> (a small copy) only when it is enumerated. Disposing returns the buffers to the
/// transport's pool. Why: a whole document of a show's barcodes (megabytes) rents buffers of its size from the shared
/// array pool, which keeps them, and as elements all at once the records outlive several collections; either way the
/// loader's memory grew with the show.
/// </summary>
internal sealed class RecordSlices : IEnumerable<JsonElement>, IDisposable
{
    private readonly PooledBytes _bytes;
    private readonly List<(long Start, int Length)> _records;
    private int _enumerated;

    private RecordSlices(PooledBytes bytes, List<(long Start, int Length)> records)
    {
        _bytes = bytes;
        _records = records;
    }

    /// <summary>
    /// The records of <c>[...]</c> or <c>{"data": [...], ...}</c>, found by reading the bytes once, keeping the body's
    /// buffers; any other shape (a PHP object of records, no list) goes through <see cref="PageReader.Records"/>, with
    /// its errors. Invalid JSON throws <see cref="JsonException"/>, so the transport retries it like a truncated answer.
    /// </summary>
    public static RecordSlices Read(PooledBody body, ApiRequest request, SecretRedactor redactor)
    {
        var reader = new Utf8JsonReader(body.Sequence);
        return TryFindRecords(ref reader) is { } records
            ? new RecordSlices(body.Detach(), records)
            : ReadThroughDocument(body.Memory, request, redactor);
    }

    /// <summary>
    /// The records in order, each parsed when it is reached. Enumerating once more is not possible: buffers behind the
    /// current record go back to the pool as the enumeration moves on, so a long list frees its memory while it is read.
    /// </summary>
    public IEnumerator<JsonElement> GetEnumerator()
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("the records of an answer can be read once");
        }

        var sequence = _bytes.Sequence;
        foreach (var (start, length) in _records)
        {
            _bytes.ReleaseBefore(start);
            yield return Parse(sequence.Slice(start, length));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => _bytes.Dispose();

    private static JsonElement Parse(ReadOnlySequence<byte> record)
    {
        var reader = new Utf8JsonReader(record);
        reader.Read();
        return JsonElement.ParseValue(ref reader);
    }

    private static List<(long, int)>? TryFindRecords(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || (reader.TokenType == JsonTokenType.StartObject && !MoveToData(ref reader)) ||
            reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var records = new List<(long, int)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            reader.Skip();
            records.Add((start, checked((int)(reader.BytesConsumed - start))));
        }

        // The rest (paging, closing brackets) is read too, so a truncated answer fails here and is retried.
        while (reader.Read())
        {
            reader.Skip();
        }

        return records;
    }

    /// <summary>Moves from the start of the root object to the value of its <c>data</c> member, if it has one.</summary>
    private static bool MoveToData(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            reader.Read();
            if (isData)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private static RecordSlices ReadThroughDocument(ReadOnlyMemory<byte> body, ApiRequest request, SecretRedactor redactor)
    {
        using var document = ApiTransport.ParseDocument(body);
        var json = new List<byte>();
        var records = new List<(long, int)>();
        foreach (var record in PageReader.RecordsOf(document.RootElement, request, redactor))
        {
            var start = json.Count;
            json.AddRange(Encoding.UTF8.GetBytes(record.GetRawText()));
            records.Add((start, json.Count - start));
        }

        return new RecordSlices(PooledBytes.Unpooled([.. json]), records);
    }
}
