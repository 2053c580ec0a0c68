using Qtickets.ClickHouse.Schema;
using Qtickets.ClickHouse.Testing;
using Qtickets.Cli.Routine;

namespace Qtickets.Cli.Tests.Routine;

public sealed class DatabaseFingerprintTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private const string Orders = SchemaObjects.OrdersStaging;

    [Fact]
    public async Task Every_table_the_schema_defines_is_fingerprinted_and_views_are_not()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();

        var snapshot = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        Assert.Equal(
            SchemaCatalog.DefinedObjects().Where(o => o.Kind != "view").Select(o => o.Name).Order(StringComparer.Ordinal),
            snapshot.Tables.Select(t => t.Table));
    }

    [Fact]
    public async Task A_background_merge_after_a_real_run_is_not_a_change()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await InsertOrderAsync(db, version: 1, tickets: 2);
        await InsertOrderAsync(db, version: 2, tickets: 1);
        var before = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        await db.Admin.ExecuteAsync($"OPTIMIZE TABLE {Orders} FINAL", CancellationToken.None);
        var after = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        Assert.Equal(1, await db.CountAsync(Orders));
        Assert.Empty(before.ChangedIn(after));
        Assert.Equal(1UL, after.Find(Orders)!.Rows);
    }

    [Fact]
    public async Task An_insert_of_a_row_identical_to_one_already_there_is_a_change()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await InsertOrderAsync(db, version: 1, tickets: 2);
        var before = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        await InsertOrderAsync(db, version: 1, tickets: 2);
        var after = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        Assert.Equal([SchemaObjects.SalesLatest, Orders], before.ChangedIn(after));
        Assert.Equal(before.Find(Orders)!.Hash, after.Find(Orders)!.Hash);
        Assert.NotEqual(before.Find(Orders)!.LastBlock, after.Find(Orders)!.LastBlock);
    }

    [Fact]
    public async Task A_newer_version_of_a_row_changes_the_hash()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await InsertOrderAsync(db, version: 1, tickets: 2);
        var before = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        await InsertOrderAsync(db, version: 2, tickets: 0);
        var after = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        Assert.Equal(before.Find(Orders)!.Rows, after.Find(Orders)!.Rows);
        Assert.NotEqual(before.Find(Orders)!.Hash, after.Find(Orders)!.Hash);
    }

    [Fact]
    public async Task A_null_turned_into_a_value_changes_the_hash_of_a_table_with_nullable_columns()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await db.Admin.ExecuteAsync("INSERT INTO dim_events (event_id, start_date, _ver) SELECT '1', NULL, 1", CancellationToken.None);
        var before = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        await db.Admin.ExecuteAsync("INSERT INTO dim_events (event_id, start_date, _ver) SELECT '1', toDate('1970-01-01'), 2", CancellationToken.None);
        var after = await CreateSut(db).TakeAsync(db.Name, CancellationToken.None);

        Assert.NotEqual(before.Find(SchemaObjects.Events)!.Hash, after.Find(SchemaObjects.Events)!.Hash);
    }

    private static DatabaseFingerprint CreateSut(ClickHouseTestDatabase db) => new(db.Admin);

    private static Task InsertOrderAsync(ClickHouseTestDatabase db, int version, int tickets) =>
        db.Writer.ExecuteAsync(
            // Every column fixed (no now() default), so the same arguments give the very same row.
            $"INSERT INTO {Orders} (order_id, tickets_sold, _ver, _dedup_key, _loaded_at) SELECT '1', {tickets}, {version}, lower(hex(MD5('1'))), toDateTime('2025-11-03 12:00:00')",
            CancellationToken.None);
}
