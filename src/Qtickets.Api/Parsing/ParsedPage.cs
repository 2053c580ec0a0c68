namespace Qtickets.Api.Parsing;

/// <summary>
/// One page of a listing after parsing: the records that parsed, those skipped, the raw ids of every record in
/// order (for the repeated-page guard and the sort check) and the page's own <c>paging</c>.
/// </summary>
internal sealed record ParsedPage<T>(
    int Number,
    IReadOnlyList<T> Items,
    IReadOnlyList<SkippedRecord> Skipped,
    IReadOnlyList<string?> RecordIds,
    PageInfo Paging)
{
    public int RecordCount => RecordIds.Count;

    public bool HasSameRecordsAs(ParsedPage<T> other) =>
        RecordCount > 0 && RecordIds.SequenceEqual(other.RecordIds);
}
