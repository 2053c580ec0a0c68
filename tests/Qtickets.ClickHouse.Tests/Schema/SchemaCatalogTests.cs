using System.Text.RegularExpressions;
using Qtickets.ClickHouse.Schema;

namespace Qtickets.ClickHouse.Tests.Schema;

public sealed partial class SchemaCatalogTests
{
    private static readonly IReadOnlyList<SchemaScript> Scripts = SchemaCatalog.Load();

    [Fact]
    public void Scripts_are_loaded_in_file_name_order_starting_with_the_database()
    {
        Assert.Equal("010_database.sql", Scripts[0].Name);
        Assert.Equal(Scripts.Select(s => s.Name).Order(StringComparer.Ordinal), Scripts.Select(s => s.Name));
    }

    [Fact]
    public void Every_object_of_the_data_contract_has_one_file_named_after_it()
    {
        string[] objects =
        [
            .. SchemaObjects.Required, SchemaObjects.Events, SchemaObjects.SalesUtmDaily, SchemaObjects.ClientsStaging,
            SchemaObjects.PriceShadesStaging, SchemaObjects.DiscountsStaging, SchemaObjects.PromoCodesStaging,
            SchemaObjects.BarcodesStaging, SchemaObjects.PartnerTicketsStaging,
        ];

        foreach (var name in objects)
        {
            var script = Assert.Single(Scripts, s => s.Name.EndsWith($"_{name}.sql", StringComparison.Ordinal));
            Assert.Contains(script.Statements, s => s.Contains($"zakaz.{name}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_defined_objects_are_every_table_and_view_the_files_create_with_their_kind_and_file()
    {
        var defined = SchemaCatalog.DefinedObjects();
        var created = Scripts
            .SelectMany(s => s.Statements)
            .Select(s => CreatedObject().Match(s))
            .Where(m => m.Success)
            .Select(m => m.Groups["name"].Value)
            .ToList();

        Assert.Equal(created, defined.Select(o => o.Name));
        Assert.Equal(15, defined.Count);
        Assert.Contains(new SchemaObjectDefinition(SchemaObjects.SalesLatest, "materialized view", "200_mv_qtickets_sales_latest.sql"), defined);
        Assert.Contains(new SchemaObjectDefinition(SchemaObjects.SalesDashboard, "view", "210_v_qtickets_sales_dashboard.sql"), defined);
        Assert.Contains(new SchemaObjectDefinition(SchemaObjects.JobRuns, "table", "080_meta_job_runs.sql"), defined);
        Assert.All(SchemaObjects.Required, name => Assert.Contains(defined, o => o.Name == name));
    }

    [Fact]
    public void Only_the_grants_need_SQL_access_control_and_only_they_are_optional()
    {
        var special = Assert.Single(Scripts, s => s.RequiresSqlAccessControl);

        Assert.Equal("900_grants.sql", special.Name);
        Assert.True(special.IsOptional);
        Assert.Single(Scripts, s => s.IsOptional);
    }

    [Theory]
    [InlineData(@"CREATE\s+OR\s+REPLACE", "CREATE OR REPLACE (18.16 refuses it)")]
    [InlineData(@"DROP\s+VIEW", "DROP VIEW (18.16 refuses it)")]
    [InlineData(@"\bWITH\s+\w+\s+AS\s*\(", "common table expressions (18.16 refuses them)")]
    [InlineData(@"LowCardinality", "LowCardinality (experimental on 18.16)")]
    [InlineData(@"\bmd5\s*\(", "lower-case md5() (18.16 knows only MD5)")]
    [InlineData(@"MODIFY\s+TTL", "ALTER ... MODIFY TTL (18.16 refuses it)")]
    [InlineData(@"\bDate32\b|DateTime64", "Date32/DateTime64")]
    [InlineData(@"\{\w+:\w+\}", "query parameters")]
    public void Schema_uses_only_the_dialect_ClickHouse_18_16_accepts(string pattern, string what)
    {
        foreach (var script in Scripts.Where(s => !s.RequiresSqlAccessControl))
        {
            foreach (var statement in script.Statements)
            {
                Assert.False(Regex.IsMatch(statement, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)),
                    $"{script.Name} uses {what}: {statement}");
            }
        }
    }

    [Fact]
    public void Every_statement_names_the_database_explicitly()
    {
        foreach (var script in Scripts)
        {
            foreach (var statement in script.Statements.Where(s => !s.StartsWith("CREATE ROLE", StringComparison.Ordinal) &&
                                                                  !s.StartsWith("CREATE USER", StringComparison.Ordinal) &&
                                                                  !s.StartsWith("GRANT qtickets_", StringComparison.Ordinal)))
            {
                Assert.Matches(ZakazWord(), statement);
            }
        }
    }

    [Fact]
    public void Substitution_replaces_the_database_word_and_nothing_else()
    {
        var sql = "CREATE TABLE IF NOT EXISTS zakaz.t (zakaz_id String) ENGINE = Log; SELECT * FROM zakaz.v WHERE x = 1";

        var result = SchemaCatalog.ForDatabase(sql, "zakaz_t_3f2a");

        Assert.Equal(
            "CREATE TABLE IF NOT EXISTS zakaz_t_3f2a.t (zakaz_id String) ENGINE = Log; SELECT * FROM zakaz_t_3f2a.v WHERE x = 1",
            result);
    }

    [Fact]
    public void After_substitution_no_statement_mentions_zakaz_any_more()
    {
        foreach (var statement in Scripts.SelectMany(s => s.Statements))
        {
            Assert.DoesNotMatch(ZakazWord(), SchemaCatalog.ForDatabase(statement, "other_db"));
        }
    }

    [Theory]
    [InlineData("x; DROP DATABASE zakaz")]
    [InlineData("zakaz.evil")]
    [InlineData("")]
    public void Substitution_refuses_a_database_name_that_is_not_a_plain_identifier(string database)
    {
        Assert.Throws<ClickHouseConfigurationException>(() => SchemaCatalog.ForDatabase("CREATE DATABASE zakaz", database));
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_])zakaz(?![A-Za-z0-9_])")]
    private static partial Regex ZakazWord();

    // Independent of the bootstrap's own classifier: any CREATE of a table or (materialized) view in zakaz.
    [GeneratedRegex(@"^\s*CREATE\s+(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?zakaz\.(?<name>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedObject();
}
