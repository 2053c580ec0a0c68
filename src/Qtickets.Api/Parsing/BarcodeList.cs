using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Parsing;

/// <summary>
/// A show's barcode list (<c>[...]</c>, or a list or PHP object under <c>data</c>) read straight from the answer's
/// pooled blocks, a chunk of records at a time: a large tenant's show has tens of thousands of barcodes, megabytes of
/// JSON, and neither a document of it nor all of its records at once should live in memory. The answer is checked
/// whole inside the attempt (<see cref="Take"/>), so a truncated one is retried before anything is handed on.
/// Disposing gives the blocks back.
/// </summary>
internal sealed class BarcodeList : IDisposable
{
    private static readonly RecordJsonContext Json = RecordJsonContext.Default;
    private static readonly JsonConverter<BarcodeJson> Record = (JsonConverter<BarcodeJson>)Json.Options.GetConverter(typeof(BarcodeJson));

    private readonly AnswerBody _body;
    private readonly long _showId;
    private readonly JsonTokenType _end;
    private JsonReaderState _state;
    private long _consumed;

    // The records resume from the reader state on the token that starts them, that many bytes in.
    private BarcodeList(AnswerBody body, long showId, JsonTokenType end, JsonReaderState state, long consumed)
    {
        (_body, _showId, _end, _state, _consumed) = (body, showId, end, state, consumed);
    }

    public bool Done { get; private set; }

    /// <summary>
    /// Checks the whole answer (invalid JSON throws <see cref="JsonException"/>, retried like a truncated answer; no
    /// list throws a shape error) and takes its body over.
    /// </summary>
    public static BarcodeList Take(AnswerBody body, long showId, string endpoint)
    {
        var reader = new Utf8JsonReader(body.Sequence);
        while (reader.Read())
        {
            // Reading every token proves the JSON complete and valid.
        }

        reader = new Utf8JsonReader(body.Sequence);
        var end = reader.Read() && MoveToRecords(ref reader) is { } found ? found
            : throw new QticketsMalformedResponseException($"QTickets {endpoint} answered JSON of an unexpected shape: no 'data' list.", endpoint) { StatusCode = 200 };
        return new BarcodeList(body.Detach(), showId, end, reader.CurrentState, reader.BytesConsumed);
    }

    /// <summary>The next records, at most <paramref name="count"/>; records without a barcode go to <paramref name="skipped"/>.</summary>
    public List<Barcode> Next(int count, List<SkippedRecord> skipped)
    {
        var sequence = _body.Sequence.Slice(_consumed);
        var reader = new Utf8JsonReader(sequence, isFinalBlock: true, _state);
        var chunk = new List<Barcode>(count);
        while (chunk.Count < count && !Done)
        {
            if (!reader.Read() || reader.TokenType == _end)
            {
                Done = true;
                break;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
            }

            Add(ref reader, sequence, chunk, skipped);
        }

        (_state, _consumed) = (reader.CurrentState, _consumed + reader.BytesConsumed);
        return chunk;
    }

    public void Dispose() => _body.Dispose();

    private void Add(ref Utf8JsonReader reader, ReadOnlySequence<byte> sequence, List<Barcode> chunk, List<SkippedRecord> skipped)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            skipped.Add(new SkippedRecord("barcodes", null, "record is not an object", ApiTokens.Describe(ref reader)));
            return;
        }

        var start = reader.TokenStartIndex;
        var json = Record.Read(ref reader, typeof(BarcodeJson), Json.Options)!;
        if (json.Barcode is not { Length: > 0 } value)
        {
            skipped.Add(new SkippedRecord("barcodes", null, "missing barcode"));
            return;
        }

        chunk.Add(new Barcode
        {
            Value = value,
            ShowId = ContractCheck.AsId(json.ShowId) ?? _showId,
            Price = json.Price.OrNull,
            OrderId = ContractCheck.AsId(json.OrderId),
            CheckedAt = json.CheckedAt.OrNull,
            RawJson = Encoding.UTF8.GetString(sequence.Slice(start, reader.BytesConsumed - start)),
        });
    }

    /// <summary>From the root token to the start of the records; the token that ends them, or null without a list.</summary>
    private static JsonTokenType? MoveToRecords(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return JsonTokenType.EndArray;
        }

        if (reader.TokenType != JsonTokenType.StartObject || !ApiTokens.MoveToMember(ref reader, "data"u8))
        {
            return null;
        }

        return reader.TokenType switch
        {
            JsonTokenType.StartArray => JsonTokenType.EndArray,
            JsonTokenType.StartObject => JsonTokenType.EndObject,
            _ => null,
        };
    }
}
