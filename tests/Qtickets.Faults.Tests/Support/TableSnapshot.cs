using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// Every table of a database (views aside) with its row count and a fingerprint of all its rows. Two equal snapshots
/// prove that nothing was written, updated, deleted or dropped in between.
/// </summary>
internal static class TableSnapshot
{
    public static async Task<Dictionary<string, string>> TakeAsync(IClickHouseClient admin, string database)
    {
        var tables = await admin.QueryAsync<TableName>(
            $"SELECT name FROM system.tables WHERE database = {SqlLiteral.String(database)} AND engine != 'View' AND name NOT LIKE '.%' ORDER BY name",
            CancellationToken.None);
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rows = await admin.QueryAsync<JsonElement>(
                $"SELECT * FROM {SqlIdentifier.Quote(database)}.{SqlIdentifier.Quote(table.Name)}", CancellationToken.None);
            var text = string.Join('\n', rows.Select(r => r.GetRawText()).Order(StringComparer.Ordinal));
            snapshot[table.Name] = $"{rows.Count} rows, {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]}";
        }

        return snapshot;
    }
}
