namespace Qtickets.Api.Parsing;

/// <summary>A parsed record, or why it was skipped (with its id when one could be read, and the offending value).</summary>
internal sealed record ParseResult<T>(T? Value, string? RecordId, string? Error, string? Detail = null)
    where T : class
{
    public static ParseResult<T> Ok(T value, string? recordId = null) => new(value, recordId, null);

    public static ParseResult<T> Skip(string reason, string? recordId = null, string? detail = null) => new(null, recordId, reason, detail);
}
