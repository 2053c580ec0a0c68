namespace Qtickets.Api;

/// <summary>
/// A record left out: unreadable, or outside the data contract (rejected). <see cref="Reason"/> is the kind of
/// problem, the same for every record that has it (runs count by it); <see cref="Detail"/> shows this record's
/// value, cut short. <see cref="RecordId"/> when one could be read.
/// </summary>
public sealed record SkippedRecord(string Dataset, string? RecordId, string Reason, string? Detail = null)
{
    /// <summary>One line for a log or a summary: <c>order 17: price is negative (price -5000)</c>.</summary>
    public string Describe() =>
        $"{(RecordId is null ? "a record without a readable id" : $"{Dataset.TrimEnd('s')} {RecordId}")}: {Reason}{(Detail is null ? string.Empty : $" ({Detail})")}";
}
