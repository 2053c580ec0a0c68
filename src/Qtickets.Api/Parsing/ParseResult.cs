namespace Qtickets.Api.Parsing;

/// <summary>A parsed record, or why it was skipped (with its id when one could be read).</summary>
internal sealed record ParseResult<T>(T? Value, string? RecordId, string? Error)
    where T : class
{
    public static ParseResult<T> Ok(T value) => new(value, null, null);

    public static ParseResult<T> Skip(string reason, string? recordId = null) => new(null, recordId, reason);
}
