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
        var skipped = new List<SkippedRecord>();
        var items = Parsed(records, dataset, parse, skipped).ToList();
        return (items, skipped);
    }

    /// <summary>The readable records, parsed as they are reached; the others go to <paramref name="skipped"/>.</summary>
    private static IEnumerable<T> Parsed<T>(
        IEnumerable<JsonElement> records, string dataset, Func<JsonElement, ParseResult<T>> parse, List<SkippedRecord> skipped)
        where T : class
    {
        foreach (var record in records)
        {
            var result = ParseOne(record, parse);
            if (result.Value is { } value)
            {
                yield return value;
            }
            else
            {
                skipped.Add(new SkippedRecord(dataset, result.RecordId ?? new JsonFields(record).String("id"), result.Error ?? "unreadable"));
            }
        }
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
