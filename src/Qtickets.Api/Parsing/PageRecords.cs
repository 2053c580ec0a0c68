using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>The records of one order page as the fast reader collects them: orders, skipped records, ids in order.</summary>
internal sealed class PageRecords
{
    public List<Order> Items { get; } = [];

    public List<SkippedRecord> Skipped { get; } = [];

    public List<string?> Ids { get; } = [];

    public void Add((ParseResult<Order> Result, string? IdText) record)
    {
        Ids.Add(record.IdText);
        if (record.Result.Value is { } order)
        {
            Items.Add(order);
        }
        else
        {
            Skipped.Add(new SkippedRecord(OrderParser.Dataset, record.Result.RecordId ?? record.IdText, record.Result.Error ?? "unreadable"));
        }
    }
}
