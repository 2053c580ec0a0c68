using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The one reader of order answers: <c>{"data": [...], "paging": {...}}</c> read in one pass over the UTF-8 body
/// (<see cref="Utf8JsonReader"/>), each record through the source-generated <see cref="OrderJson"/> metadata and the
/// <see cref="OrderContract"/>. A page whose shape is wrong (not an object, <c>data</c> missing or not a list,
/// <c>paging</c> not an object) is returned with <see cref="ParsedPage{T}.ShapeProblem"/> set, never guessed at.
/// An order id twice on one page keeps the copy with the later timestamps (the later one on a tie), with a note.
/// Invalid JSON throws <see cref="JsonException"/>, which the transport retries like a truncated answer.
/// </summary>
internal static class OrderPageReader
{
    private static readonly OrderJsonContext Json = OrderJsonContext.Default;

    /// <summary>
    /// Records are read by their converter straight from the page's reader: <c>JsonSerializer.Deserialize(ref reader)</c>
    /// scans each record twice (once to find its end), which measured as a good part of the reading time.
    /// </summary>
    private static readonly JsonConverter<OrderJson> Record = (JsonConverter<OrderJson>)Json.Options.GetConverter(typeof(OrderJson));

    public static ParsedPage<Order> Read(ReadOnlySpan<byte> body, int number, DateTimeOffset readAt)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return Empty(number, readAt, "the answer is not a JSON object");
        }

        var records = new PageRecords(number, readAt);
        string? dataProblem = "no 'data' list";
        PageInfo? paging = null;
        string? pagingProblem = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = reader.ValueTextEquals("data"u8) ? 1 : reader.ValueTextEquals("paging"u8) ? 2 : 0;
            reader.Read();
            if (member == 1)
            {
                dataProblem = reader.TokenType == JsonTokenType.StartArray ? null : $"'data' is {ApiTokens.Describe(ref reader)}, not a list";
                if (dataProblem is null)
                {
                    ReadRecords(ref reader, records);
                }
            }
            else if (member == 2)
            {
                (paging, pagingProblem) = ReadPaging(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        // Anything after the root object is invalid JSON: reading on throws, as a document would.
        reader.Read();
        return records.ToPage(paging ?? PageInfo.None, dataProblem ?? pagingProblem);
    }

    /// <summary>One order on its own (a webhook body, a single-order answer's <c>data</c>), judged as a page record is.</summary>
    public static ParseResult<Order> ReadOne(ReadOnlySpan<byte> json, DateTimeOffset readAt)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return ParseResult<Order>.Skip("not a JSON object");
        }

        var record = Record.Read(ref reader, typeof(OrderJson), Json.Options)!;
        reader.Read();
        return OrderContract.Check(record, readAt);
    }

    private static void ReadRecords(ref Utf8JsonReader reader, PageRecords records)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                var record = Record.Read(ref reader, typeof(OrderJson), Json.Options)!;
                records.Add(OrderContract.Check(record, records.ReadAt), OrderContract.IdText(record));
            }
            else
            {
                var what = ApiTokens.Describe(ref reader);
                records.Add(ParseResult<Order>.Skip("record is not an object", null, what), null);
            }
        }
    }

    private static (PageInfo? Paging, string? Problem) ReadPaging(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return (null, $"'paging' is {ApiTokens.Describe(ref reader)}, not an object");
        }

        var paging = JsonSerializer.Deserialize(ref reader, Json.PagingJson)!;
        return (new PageInfo(Count(paging.PerPage, paging.PerPageSnake), Count(paging.CurrentPage, paging.CurrentPageSnake), Total(paging.Total)), null);
    }

    private static int? Count(ApiValue<decimal> camel, ApiValue<decimal> snake) =>
        ContractCheck.AsId(camel.IsOk ? camel : snake) is { } value && value <= int.MaxValue ? (int)value : null;

    private static long? Total(ApiValue<decimal> total) =>
        total.IsOk && total.Value == decimal.Truncate(total.Value) && total.Value is >= 0m and <= long.MaxValue ? (long)total.Value : null;

    private static ParsedPage<Order> Empty(int number, DateTimeOffset readAt, string problem) =>
        new PageRecords(number, readAt).ToPage(PageInfo.None, problem);

    /// <summary>The records of one page as they are read, and the page they make.</summary>
    private sealed class PageRecords(int number, DateTimeOffset readAt)
    {
        private const int UsualRecords = 50;
        private readonly List<Order> _orders = new(UsualRecords);
        private readonly List<SkippedRecord> _skipped = [];
        private readonly List<string?> _ids = new(UsualRecords);
        private long _highestId;
        private List<string>? _notes;

        public DateTimeOffset ReadAt => readAt;

        public void Add(ParseResult<Order> result, string? idText)
        {
            _ids.Add(idText);
            if (result.Value is not { } order)
            {
                _skipped.Add(new SkippedRecord(OrderContract.Dataset, result.RecordId, result.Error ?? "unreadable", result.Detail));
                return;
            }

            // Ids ascend on every page seen so far: only an id not above the highest one can be a second copy.
            var position = order.Id > _highestId ? -1 : _orders.FindIndex(kept => kept.Id == order.Id);
            if (position >= 0)
            {
                Replace(position, order);
                return;
            }

            _highestId = Math.Max(_highestId, order.Id);
            _orders.Add(order);
        }

        public ParsedPage<Order> ToPage(PageInfo paging, string? problem) =>
            new(number, _orders, _skipped, _ids, paging) { ShapeProblem = problem, FetchedAt = readAt, Notes = _notes ?? [] };

        /// <summary>The same id twice on one page: the copy with the later timestamps wins, the later one on a tie.</summary>
        private void Replace(int position, Order order)
        {
            var kept = _orders[position];
            var newer = (order.LastChangedAt ?? DateTimeOffset.MinValue) >= (kept.LastChangedAt ?? DateTimeOffset.MinValue);
            if (newer)
            {
                _orders[position] = order;
            }

            (_notes ??= []).Add(string.Create(CultureInfo.InvariantCulture,
                $"order {order.Id} appears twice on page {number}; the copy with the later timestamps is kept"));
        }
    }
}
