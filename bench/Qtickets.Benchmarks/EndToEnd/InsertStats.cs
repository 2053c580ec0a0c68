namespace Qtickets.Benchmarks.EndToEnd;

/// <summary>
/// The inserts of one run: rows and the time spent inside insert requests (they overlap nothing else on the
/// ClickHouse side; the loader serialises rows while it sends them, so this is the insert speed the loader sees).
/// </summary>
internal sealed record InsertStats(IReadOnlyList<InsertRecord> Inserts)
{
    public long Rows => Inserts.Sum(insert => insert.Rows);

    public TimeSpan Time => TimeSpan.FromTicks(Inserts.Sum(insert => insert.Elapsed.Ticks));

    public double RowsPerSecond => Time > TimeSpan.Zero ? Rows / Time.TotalSeconds : 0;

    public InsertStats Of(string table) => new([.. Inserts.Where(insert => insert.Table == table)]);
}
