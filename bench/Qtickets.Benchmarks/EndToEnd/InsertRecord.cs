namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>One <c>INSERT ... FORMAT JSONEachRow</c> request seen by the proxy: rows sent and the time from request to answer.</summary>
internal sealed record InsertRecord(string Table, long Rows, long Bytes, TimeSpan Elapsed);
