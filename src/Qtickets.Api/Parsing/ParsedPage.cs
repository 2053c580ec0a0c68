namespace Qtickets.Api.Parsing;

/// <summary>
/// One page of a listing after parsing: the records that parsed, those left out (unreadable or rejected), the raw ids
/// of every record in order (for the repeated-page guard and the sort check) and the page's own <c>paging</c>.
/// <see cref="ShapeProblem"/> says why the page as a whole is not a page of records (no <c>data</c> list, a
/// <c>paging</c> that is not an object); a walk cannot go on past such a page.
/// </summary>
internal sealed record ParsedPage<T>(
    int Number,
    IReadOnlyList<T> Items,
    IReadOnlyList<SkippedRecord> Skipped,
    IReadOnlyList<string?> RecordIds,
    PageInfo Paging)
{
    public string? ShapeProblem { get; init; }

    /// <summary>When the answer was read: the moment its records were observed in this state.</summary>
    public DateTimeOffset FetchedAt { get; init; }

    /// <summary>Warnings about single records of the page (an order id twice on one page).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The answer was a bare JSON list (no envelope, no paging): the whole listing.</summary>
    public bool IsBareList { get; init; }

    public int RecordCount => RecordIds.Count;

    public bool HasSameRecordsAs(ParsedPage<T> other) =>
        RecordCount > 0 && RecordIds.SequenceEqual(other.RecordIds);
}
