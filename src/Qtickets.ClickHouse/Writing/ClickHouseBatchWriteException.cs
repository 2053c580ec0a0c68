namespace Qtickets.ClickHouse.Writing;

/// <summary>
/// A batch could not be written after its retries; the writer stopped and every later call reports this. The
/// inner exception is the last failure (usually a <see cref="ClickHouseException"/>).
/// </summary>
public sealed class ClickHouseBatchWriteException(string table, int batchRows, int attempts, long rowsWrittenBefore, Exception innerException)
    : Exception(
        $"writing a batch of {batchRows} rows into {table} failed after {attempts} attempt(s) " +
        $"({rowsWrittenBefore} rows had been written before): {innerException.Message}",
        innerException)
{
    public string Table { get; } = table;

    public int BatchRows { get; } = batchRows;

    public int Attempts { get; } = attempts;

    public long RowsWrittenBefore { get; } = rowsWrittenBefore;
}
