using Qtickets.ClickHouse.Testing;

namespace Qtickets.ClickHouse.Tests;

/// <summary>What the local configuration (users.xml) lets each account do, proven against the real server.</summary>
public sealed class AccountPermissionTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string Row = "{\"order_id\":\"1\",\"event_id\":\"e\",\"city\":\"c\",\"sale_ts\":\"2025-11-03 12:00:00\"," +
                               "\"tickets_sold\":1,\"revenue\":100,\"currency\":\"RUB\",\"_ver\":1,\"_dedup_key\":\"c4ca4238a0b923820dcc509a6f75849b\"}";

    [Fact]
    public async Task Reader_can_select()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();

        Assert.Equal(0L, await db.Reader.QueryScalarAsync<long>("SELECT count() FROM meta_job_runs", None));
    }

    [Fact]
    public async Task Reader_cannot_insert()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();

        var error = await Assert.ThrowsAsync<ClickHouseException>(() =>
            db.Reader.InsertAsync("stg_qtickets_api_orders_raw", [new { order_id = "1" }], None));

        Assert.Equal(164, error.ErrorCode); // READONLY
    }

    [Theory]
    [InlineData("CREATE TABLE {db}.t (a UInt8) ENGINE = Log")]
    [InlineData("CREATE DATABASE {db}_copy")]
    [InlineData("DROP TABLE {db}.meta_job_runs")]
    [InlineData("INSERT INTO {db}.meta_job_runs (job, started_at, finished_at, status) VALUES ('x', now(), now(), 'ok')")]
    public async Task Reader_cannot_change_anything(string statement)
    {
        await using var db = await clickHouse.CreateDatabaseAsync();

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => db.Reader.ExecuteAsync(statement.Replace("{db}", db.Name, StringComparison.Ordinal), None));

        Assert.Equal(164, error.ErrorCode);
    }

    [Fact]
    public async Task Writer_can_insert_and_insert_select_final()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();

        await db.Writer.ExecuteAsync($"INSERT INTO {db.Name}.stg_qtickets_api_orders_raw FORMAT JSONEachRow {Row}", None);
        await db.Writer.ExecuteAsync(
            $"INSERT INTO {db.Name}.fact_qtickets_sales_daily (sales_date, event_id, city, tickets_sold, revenue, orders_count, _ver) " +
            $"SELECT toDate(sale_ts), event_id, city, sum(tickets_sold), sum(revenue), count(), 2 FROM {db.Name}.stg_qtickets_api_orders_raw FINAL " +
            "GROUP BY toDate(sale_ts), event_id, city", None);

        Assert.Equal(1L, await db.Writer.QueryScalarAsync<long>("SELECT sum(tickets_sold) FROM fact_qtickets_sales_daily FINAL", None));
    }

    [Theory]
    [InlineData("DROP DATABASE {db}")]
    [InlineData("CREATE DATABASE {db}_other")]
    [InlineData("DROP TABLE {db}.stg_qtickets_api_orders_raw")]
    [InlineData("TRUNCATE TABLE {db}.stg_qtickets_api_orders_raw")]
    [InlineData("ALTER TABLE {db}.stg_qtickets_api_orders_raw DELETE WHERE 1")]
    [InlineData("OPTIMIZE TABLE {db}.stg_qtickets_api_orders_raw FINAL")]
    [InlineData("CREATE TABLE {db}.t (a UInt8) ENGINE = Log")]
    public async Task Writer_cannot_run_DDL(string statement)
    {
        await using var db = await clickHouse.CreateDatabaseAsync();

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => db.Writer.ExecuteAsync(statement.Replace("{db}", db.Name, StringComparison.Ordinal), None));

        Assert.Equal(392, error.ErrorCode); // QUERY_IS_PROHIBITED: DDL queries are prohibited for the user
        Assert.Equal(1L, await db.Admin.QueryScalarAsync<long>($"SELECT count() FROM system.databases WHERE name = '{db.Name}'", None));
    }

    [Fact]
    public async Task Requests_without_an_account_are_refused()
    {
        var anonymous = clickHouse.CreateClient(clickHouse.Options(new("default", string.Empty)));

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => anonymous.ExecuteAsync("SELECT 1", None));

        Assert.Equal(192, error.ErrorCode); // UNKNOWN_USER: there is no open default user
    }
}
