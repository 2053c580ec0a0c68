using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Reads a list answer of orders, events, catalogues or Partners tickets in one pass over its UTF-8 body: an object
/// with the records under <c>list</c> (<c>data</c>, or the Partners API's <c>result</c>) and <c>paging</c>, or a bare
/// list, which is the whole listing. Each record is read by its source-generated converter and judged by
/// <c>check</c>, which gets the record's own JSON too and makes it the model (orders: the wire record through the
/// data contract); a record that is not an object is left out with the reason. A page of another shape is returned
/// with <see cref="ParsedPage{T}.ShapeProblem"/> set, never guessed at. Invalid JSON throws
/// <see cref="JsonException"/>, which the transport retries like a truncated answer.
/// </summary>
internal static class RecordPage
{
    public static ParsedPage<T> Read<TRecord, T>(
        ReadOnlySpan<byte> body, int number, string dataset, JsonTypeInfo<TRecord> type, Func<TRecord, ReadOnlySpan<byte>, ParseResult<T>> check, string list = "data")
        where TRecord : class
        where T : class
    {
        var records = new Records<TRecord, T>(dataset, (JsonConverter<TRecord>)type.Options.GetConverter(typeof(TRecord)), type.Options, check);
        var reader = new Utf8JsonReader(body);
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            records.ReadAll(ref reader, body);
            reader.Read();
            return records.ToPage(number, PageInfo.None, null) with { IsBareList = true };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            reader.Read();
            return records.ToPage(number, PageInfo.None, "the answer is not a JSON object");
        }

        string? problem = $"no '{list}' list";
        var (paging, pagingProblem) = (PageInfo.None, (string?)null);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.ValueTextEquals(list) ? 1 : reader.ValueTextEquals("paging"u8) ? 2 : 0;
            reader.Read();
            if (member == 1)
            {
                problem = reader.TokenType == JsonTokenType.StartArray ? null : $"'{list}' is {ApiTokens.Describe(ref reader)}, not a list";
                if (problem is null)
                {
                    records.ReadAll(ref reader, body);
                }
            }
            else if (member == 2)
            {
                (paging, pagingProblem) = reader.TokenType == JsonTokenType.StartObject
                    ? (PageInfo.From(JsonSerializer.Deserialize(ref reader, RecordJsonContext.Default.PagingJson)!), null)
                    : (PageInfo.None, $"'paging' is {ApiTokens.Describe(ref reader)}, not an object");
            }
            else
            {
                reader.Skip();
            }
        }

        // Anything after the root object is invalid JSON: reading on throws, as a document would.
        reader.Read();
        return records.ToPage(number, paging, problem ?? pagingProblem);
    }

    /// <summary>The records of one list as they are read (as <typeparamref name="TRecord"/>) and judged (into <typeparamref name="T"/>).</summary>
    private sealed class Records<TRecord, T>(string dataset, JsonConverter<TRecord> converter, JsonSerializerOptions options, Func<TRecord, ReadOnlySpan<byte>, ParseResult<T>> check)
        where TRecord : class
        where T : class
    {
        private readonly List<T> _items = [];
        private readonly List<SkippedRecord> _skipped = [];
        private readonly List<string?> _ids = [];

        /// <summary>Reads the list the reader stands on, up to its end.</summary>
        public void ReadAll(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    _ids.Add(null);
                    _skipped.Add(new SkippedRecord(dataset, null, "record is not an object", ApiTokens.Describe(ref reader)));
                    continue;
                }

                var start = (int)reader.TokenStartIndex;
                var record = converter.Read(ref reader, typeof(TRecord), options)!;
                var result = check(record, body[start..(int)reader.BytesConsumed]);
                _ids.Add(result.RecordId);
                if (result.Value is { } value)
                {
                    _items.Add(value);
                }
                else
                {
                    _skipped.Add(new SkippedRecord(dataset, result.RecordId, result.Error ?? "unreadable", result.Detail));
                }
            }
        }

        public ParsedPage<T> ToPage(int number, PageInfo paging, string? problem) =>
            new(number, _items, _skipped, _ids, paging) { ShapeProblem = problem };
    }
}
