using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// The row count of every table of a database (views aside). Tables only ever grow by inserts, so two equal
/// snapshots prove that nothing was written in between and that no table was dropped or emptied.
/// </summary>
internal static class TableSnapshot
{
    public static async Task<Dictionary<string, long>> TakeAsync(IClickHouseClient admin, string database)
    {
        var tables = await admin.QueryAsync<TableName>(
            $"SELECT name FROM system.tables WHERE database = {SqlLiteral.String(database)} AND engine != 'View' AND name NOT LIKE '.%' ORDER BY name",
            CancellationToken.None);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table.Name] = await admin.QueryScalarAsync<long>(
                $"SELECT count() FROM {SqlIdentifier.Quote(database)}.{SqlIdentifier.Quote(table.Name)}", CancellationToken.None);
        }

        return counts;
    }
}
