using System.Text.Json;

namespace Qtickets.Api.Parsing;

/// <summary>Parses records one by one; a bad record is skipped and counted with its reason, never thrown.</summary>
internal static class RecordParsing
{
    public static (List<T> Items, List<SkippedRecord> Skipped) ParseAll<T>(
        IEnumerable<JsonElement> records,
        string dataset,
        Func<JsonElement, ParseResult<T>> parse)
        where T : class
    {
        var items = new List<T>();
        var skipped = new List<SkippedRecord>();
        foreach (var record in records)
        {
            var result = ParseOne(record, parse);
            if (result.Value is { } value)
            {
                items.Add(value);
            }
            else
            {
                skipped.Add(new SkippedRecord(dataset, result.RecordId ?? new JsonFields(record).String("id"), result.Error ?? "unreadable"));
            }
        }

        return (items, skipped);
    }

    /// <summary>Non-object records are skipped; an unexpected shape deep inside a record skips that record only.</summary>
    public static ParseResult<T> ParseOne<T>(JsonElement record, Func<JsonElement, ParseResult<T>> parse)
        where T : class
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ParseResult<T>.Skip($"not an object ({record.ValueKind})");
        }

        try
        {
            return parse(record);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            return ParseResult<T>.Skip($"unexpected shape: {exception.Message}");
        }
    }
}
