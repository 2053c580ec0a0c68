using Qtickets.ClickHouse;
using Qtickets.Cli.Routine;

namespace Qtickets.Faults.Tests.Support;

/// <summary>
/// Every table of a database (views aside) with its fingerprint, as the smoke test and verify take it: rows and a
/// hash of all rows as read, and the last insert block. Two equal snapshots prove that nothing was written, updated,
/// deleted or dropped in between.
/// </summary>
internal static class TableSnapshot
{
    public static async Task<Dictionary<string, string>> TakeAsync(IClickHouseClient admin, string database)
    {
        var snapshot = await new DatabaseFingerprint(admin).TakeAsync(database, CancellationToken.None);
        return snapshot.Tables.ToDictionary(t => t.Table, t => t.ToString(), StringComparer.Ordinal);
    }
}
