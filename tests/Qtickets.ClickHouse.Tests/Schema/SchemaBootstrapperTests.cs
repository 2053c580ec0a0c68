using Qtickets.ClickHouse.Schema;
using Qtickets.ClickHouse.Testing;

namespace Qtickets.ClickHouse.Tests.Schema;

/// <summary>The schema bootstrap against the real local ClickHouse.</summary>
public sealed class SchemaBootstrapperTests(ClickHouseServerFixture clickHouse) : IClassFixture<ClickHouseServerFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly string[] AllObjects =
    [
        "dim_events", "fact_qtickets_inventory_latest", "fact_qtickets_sales_daily", "fact_qtickets_sales_utm_daily",
        "meta_job_runs", "mv_qtickets_sales_latest", "stg_qtickets_api_barcodes_raw", "stg_qtickets_api_clients_raw",
        "stg_qtickets_api_discounts_raw", "stg_qtickets_api_inventory_raw", "stg_qtickets_api_orders_raw",
        "stg_qtickets_api_partner_tickets_raw", "stg_qtickets_api_price_shades_raw", "stg_qtickets_api_promo_codes_raw",
        "v_qtickets_sales_dashboard",
    ];

    private SchemaBootstrapper CreateSut(string database) =>
        new(clickHouse.CreateAdminClient(), new SchemaBootstrapOptions(database));

    [Fact]
    public async Task Bootstrap_creates_every_object_and_finds_nothing_missing()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var result = db.Bootstrap!;

        Assert.Equal(AllObjects, result.Tables.Select(t => t.Name));
        Assert.Empty(result.MissingRequired);
        Assert.True(result.IsComplete);
        Assert.Equal(0, result.MetaJobRunsCount);
    }

    [Fact]
    public async Task Objects_get_the_engines_of_the_data_contract()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var engines = db.Bootstrap!.Tables.ToDictionary(t => t.Name, t => t.Engine);

        Assert.Equal("MergeTree", engines["meta_job_runs"]);
        Assert.Equal("MaterializedView", engines["mv_qtickets_sales_latest"]);
        Assert.Equal("View", engines["v_qtickets_sales_dashboard"]);
        Assert.All(AllObjects.Where(n => n.StartsWith("stg_", StringComparison.Ordinal) || n.StartsWith("fact_", StringComparison.Ordinal) || n == "dim_events"),
            name => Assert.Equal("ReplacingMergeTree", engines[name]));
    }

    [Fact]
    public async Task Staging_orders_have_the_columns_of_the_data_contract()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();

        var columns = await db.Reader.QueryAsync<ColumnRow>(
            $"SELECT name, type FROM system.columns WHERE database = '{db.Name}' AND table = 'stg_qtickets_api_orders_raw'", None);

        var types = columns.ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal("String", types["order_id"]);
        Assert.Equal("DateTime", types["sale_ts"]);
        Assert.Equal("UInt32", types["tickets_sold"]);
        Assert.Equal("Float64", types["revenue"]);
        Assert.Equal("UInt64", types["_ver"]);
        Assert.Equal("FixedString(32)", types["_dedup_key"]);
        Assert.Equal("UInt8", types["is_cancelled"]);
        Assert.All(new[] { "buyer_hash", "buyer_email", "buyer_phone", "buyer_name", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term" },
            name => Assert.Equal("String", types[name]));
    }

    [Fact]
    public async Task A_second_bootstrap_changes_nothing()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var before = await SnapshotAsync(db);

        var second = await CreateSut(db.Name).ApplyAsync(None);

        Assert.Empty(second.Applied);
        Assert.All(second.Statements, s => Assert.Contains(s.Outcome, new[] { SchemaStatementOutcome.Unchanged, SchemaStatementOutcome.Skipped }));
        Assert.Equal(before, await SnapshotAsync(db));
        Assert.True(second.IsComplete);
    }

    [Fact]
    public async Task Grants_are_skipped_with_the_reason_on_a_server_without_SQL_users()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        var result = db.Bootstrap!;
        var grants = result.Statements.Where(s => s.Script == "900_grants.sql").ToList();

        Assert.NotEmpty(grants);
        if (result.ServerVersion.SupportsSqlAccessControl)
        {
            Assert.DoesNotContain(grants, g => g.Reason?.Contains("users.xml", StringComparison.Ordinal) == true && g.Reason.Contains("20.4", StringComparison.Ordinal));
        }
        else
        {
            Assert.All(grants, g => Assert.Equal(SchemaStatementOutcome.Skipped, g.Outcome));
            Assert.All(grants, g => Assert.Contains("users.xml", g.Reason, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_view_whose_definition_changed_is_replaced()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await db.Admin.ExecuteAsync($"DROP TABLE {db.Name}.v_qtickets_sales_dashboard", None);
        await db.Admin.ExecuteAsync($"CREATE VIEW {db.Name}.v_qtickets_sales_dashboard AS SELECT 1 AS stale", None);

        var result = await CreateSut(db.Name).ApplyAsync(None);

        var view = Assert.Single(result.Statements, s => s.Summary.StartsWith($"CREATE VIEW {db.Name}.v_qtickets_sales_dashboard", StringComparison.Ordinal));
        Assert.Equal(SchemaStatementOutcome.Replaced, view.Outcome);
        Assert.Equal(12L, await db.Admin.QueryScalarAsync<long>(
            $"SELECT count() FROM system.columns WHERE database = '{db.Name}' AND table = 'v_qtickets_sales_dashboard'", None));
    }

    [Fact]
    public async Task The_earlier_double_counting_materialized_view_is_replaced_and_refilled_from_staging()
    {
        await using var db = await clickHouse.CreateDatabaseAsync();
        await db.Admin.ExecuteAsync($"DROP TABLE {db.Name}.mv_qtickets_sales_latest", None);
        await db.Admin.ExecuteAsync(
            $"CREATE MATERIALIZED VIEW {db.Name}.mv_qtickets_sales_latest ENGINE = ReplacingMergeTree() PARTITION BY tuple() ORDER BY (event_id, city) " +
            $"AS SELECT event_id, city, sum(tickets_sold) AS tickets_sold_14d FROM {db.Name}.stg_qtickets_api_orders_raw GROUP BY event_id, city", None);
        var now = await db.Reader.QueryScalarAsync<DateTime>("SELECT now()", None);
        var orders = new[] { Rows.Order("o1", "e1", "moscow", 2, 200, 1, now), Rows.Order("o2", "e1", "moscow", 3, 300, 1, now) };
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders, None);
        await db.Writer.InsertAsync("stg_qtickets_api_orders_raw", orders, None);

        var result = await CreateSut(db.Name).ApplyAsync(None);

        Assert.Contains(result.Statements, s => s.Outcome == SchemaStatementOutcome.Replaced && s.Summary.Contains("mv_qtickets_sales_latest", StringComparison.Ordinal));
        Assert.Equal(5L, await db.Reader.QueryScalarAsync<long>("SELECT sum(tickets_sold) FROM mv_qtickets_sales_latest FINAL", None));
    }

    [Fact]
    public async Task An_existing_table_keeps_its_rows_and_gets_the_columns_it_lacks()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        await db.Admin.ExecuteAsync(
            $"CREATE TABLE {db.Name}.fact_qtickets_sales_daily (sales_date Date, event_id String, city String, tickets_sold UInt32, " +
            "revenue Float64, _ver UInt64) ENGINE = ReplacingMergeTree(_ver) PARTITION BY toYYYYMM(sales_date) ORDER BY (event_id, sales_date, city)", None);
        await db.Admin.ExecuteAsync($"INSERT INTO {db.Name}.fact_qtickets_sales_daily VALUES ('2025-11-03', 'e1', 'moscow', 2, 200, 1)", None);

        var result = await CreateSut(db.Name).ApplyAsync(None);

        var fact = Assert.Single(result.Statements, s => s.Summary.Contains(".fact_qtickets_sales_daily ", StringComparison.Ordinal));
        Assert.Equal(SchemaStatementOutcome.Applied, fact.Outcome);
        Assert.Contains("orders_count, _loaded_at", fact.Reason, StringComparison.Ordinal);
        await db.Writer.InsertAsync("fact_qtickets_sales_daily", [new SalesDay(new DateOnly(2025, 11, 4), "e1", "moscow", 1, 100, 1, 1)], None);
        Assert.Equal(2, await db.CountAsync("fact_qtickets_sales_daily"));
    }

    [Fact]
    public async Task A_capacity_column_of_an_earlier_release_becomes_Nullable_and_keeps_its_values()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        await db.Admin.ExecuteAsync(
            $"CREATE TABLE {db.Name}.dim_events (event_id String, event_name String, city String, start_date Nullable(Date), end_date Nullable(Date), " +
            "tickets_total UInt32 DEFAULT 0, tickets_left UInt32 DEFAULT 0, _ver UInt64, _loaded_at DateTime DEFAULT now()) " +
            "ENGINE = ReplacingMergeTree(_ver) PARTITION BY tuple() ORDER BY (event_id)", None);
        await db.Admin.ExecuteAsync($"INSERT INTO {db.Name}.dim_events (event_id, event_name, city, tickets_total, tickets_left, _ver) VALUES ('7', 'Concert', 'moscow', 200, 40, 1)", None);

        var result = await CreateSut(db.Name).ApplyAsync(None);

        var events = Assert.Single(result.Statements, s => s.Summary.Contains(".dim_events ", StringComparison.Ordinal));
        Assert.Equal(SchemaStatementOutcome.Applied, events.Outcome);
        Assert.Contains("column(s) tickets_total, tickets_left made Nullable", events.Reason, StringComparison.Ordinal);
        Assert.Equal("Nullable(UInt32)", await db.Admin.QueryScalarAsync<string>(
            $"SELECT type FROM system.columns WHERE database = '{db.Name}' AND table = 'dim_events' AND name = 'tickets_total'", None));
        Assert.Equal(200, await db.Admin.QueryScalarAsync<long>($"SELECT toInt64(tickets_total) FROM {db.Name}.dim_events", None));
    }

    [Fact]
    public async Task A_column_of_another_type_is_reported_and_left_alone()
    {
        await using var db = await clickHouse.CreateDatabaseAsync(bootstrap: false);
        await db.Admin.ExecuteAsync(
            $"CREATE TABLE {db.Name}.meta_job_runs (job String, started_at DateTime, rows_processed UInt32) ENGINE = MergeTree ORDER BY job", None);

        var result = await CreateSut(db.Name).ApplyAsync(None);

        var runs = Assert.Single(result.Statements, s => s.Summary.Contains(".meta_job_runs ", StringComparison.Ordinal));
        Assert.Contains("rows_processed is UInt32, the schema says UInt64", runs.Reason, StringComparison.Ordinal);
        Assert.Equal("UInt32", await db.Admin.QueryScalarAsync<string>(
            $"SELECT type FROM system.columns WHERE database = '{db.Name}' AND table = 'meta_job_runs' AND name = 'rows_processed'", None));
    }

    [Fact]
    public async Task A_database_name_that_is_not_a_plain_identifier_is_refused_before_any_request()
    {
        var error = Assert.Throws<ClickHouseConfigurationException>(() => CreateSut("zakaz; DROP DATABASE zakaz"));

        Assert.Contains("database", error.Message, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> SnapshotAsync(ClickHouseTestDatabase db)
    {
        var admin = clickHouse.CreateAdminClient();
        var objects = await admin.QueryAsync<SnapshotLine>(
            "SELECT concat(name, ' | ', engine, ' | ', toString(metadata_modification_time), ' | ', create_table_query) AS line " +
            $"FROM system.tables WHERE database = '{db.Name}' ORDER BY name", None);
        var columns = await admin.QueryAsync<SnapshotLine>(
            "SELECT concat(table, '.', name, ' ', type, ' ', default_expression) AS line " +
            $"FROM system.columns WHERE database = '{db.Name}' ORDER BY table, name", None);
        return [.. objects.Concat(columns).Select(l => l.Line)];
    }

    private sealed record ColumnRow(string Name, string Type);

    private sealed record SnapshotLine(string Line);
}
