using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.Cli.Routine;

/// <summary>
/// Fingerprints every table of a database (views aside), exactly enough to prove that nothing was written in between:
/// <list type="bullet">
/// <item>rows and a hash of all of them as a reader sees them: with <c>FINAL</c> on the engines that collapse rows, so a
/// background merge after a real run (which shrinks the physical row count) is not a change;</item>
/// <item>the highest insert block number of the table's active parts, from <c>system.parts</c>: every INSERT takes a new
/// block number and a merge keeps the highest of its parts, so even an insert of a row identical to an existing one
/// (invisible to the hash) shows.</item>
/// </list>
/// The server does the hashing, so a fingerprint costs one aggregate query per table, whatever its size.
/// </summary>
public sealed class DatabaseFingerprint(IClickHouseClient admin)
{
    private static readonly string[] CollapsingEngines =
        ["ReplacingMergeTree", "CollapsingMergeTree", "VersionedCollapsingMergeTree", "SummingMergeTree", "AggregatingMergeTree"];

    public async Task<DatabaseSnapshot> TakeAsync(string database, CancellationToken cancellationToken)
    {
        var db = SqlLiteral.String(SqlIdentifier.Validate(database, "database"));
        // engine_full of a materialized view is its inner table's engine; the inner table itself is read through the view.
        var tables = await admin.QueryAsync<TableRow>(
            $"SELECT name, engine_full FROM system.tables WHERE database = {db} AND engine != 'View' AND NOT startsWith(name, '.') ORDER BY name",
            cancellationToken).ConfigureAwait(false);
        var columns = await admin.QueryAsync<ColumnRow>(
            $"SELECT table, name, type FROM system.columns WHERE database = {db} ORDER BY table, name", cancellationToken).ConfigureAwait(false);
        var blocks = (await admin.QueryAsync<BlockRow>(
                $"SELECT replaceRegexpOne(table, '^\\\\.inner\\\\.', '') AS table, max(max_block_number) AS last_block FROM system.parts WHERE database = {db} AND active GROUP BY table",
                cancellationToken).ConfigureAwait(false))
            .ToDictionary(b => b.Table, b => b.LastBlock, StringComparer.Ordinal);
        var result = new List<TableFingerprint>(tables.Count);
        foreach (var table in tables)
        {
            var hashed = columns.Where(c => c.Table == table.Name).Select(Hashed);
            var final = CollapsingEngines.Any(e => table.EngineFull.StartsWith(e, StringComparison.Ordinal)) ? " FINAL" : string.Empty;
            var row = (await admin.QueryAsync<HashRow>(
                $"SELECT count() AS rows, hex(sum(cityHash64({string.Join(", ", hashed)}))) AS hash FROM {SqlIdentifier.Quote(database)}.{SqlIdentifier.Quote(table.Name)}{final}",
                cancellationToken).ConfigureAwait(false)).Single();
            result.Add(new TableFingerprint(table.Name, row.Rows, row.Hash, blocks.TryGetValue(table.Name, out var block) ? block : null));
        }

        return new DatabaseSnapshot(database, result);
    }

    // Every column is hashed as its text: cityHash64 refuses some types (UUID on 18.16), and the hash of a NULL is
    // NULL, which sum() would skip, so a Nullable column adds whether it is null.
    private static string Hashed(ColumnRow column)
    {
        var name = SqlIdentifier.Quote(column.Name);
        return column.Type.StartsWith("Nullable(", StringComparison.Ordinal) ? $"isNull({name}), ifNull(toString({name}), '')" : $"toString({name})";
    }

    private sealed record TableRow(string Name, string EngineFull);

    private sealed record ColumnRow(string Table, string Name, string Type);

    private sealed record BlockRow(string Table, long LastBlock);

    private sealed record HashRow(ulong Rows, string Hash);
}
