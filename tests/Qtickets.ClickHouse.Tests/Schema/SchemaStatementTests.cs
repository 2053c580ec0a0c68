using Qtickets.ClickHouse.Schema;

namespace Qtickets.ClickHouse.Tests.Schema;

public sealed class SchemaStatementTests
{
    [Theory]
    [InlineData("CREATE DATABASE IF NOT EXISTS zakaz", "CreateDatabase", "zakaz")]
    [InlineData("CREATE TABLE IF NOT EXISTS zakaz.t\n(a UInt8) ENGINE = Log", "CreateTable", "t")]
    [InlineData("CREATE VIEW zakaz.v AS SELECT 1", "CreateView", "v")]
    [InlineData("CREATE MATERIALIZED VIEW IF NOT EXISTS zakaz.mv\nENGINE = Log AS SELECT 1", "CreateMaterializedView", "mv")]
    [InlineData("GRANT SELECT ON zakaz.* TO r", "Other", null)]
    public void Statements_are_classified_by_what_they_create(string sql, string kind, string? name)
    {
        var statement = SchemaStatement.Create("f.sql", sql);

        Assert.Equal(kind, statement.Kind.ToString());
        Assert.Equal(name, statement.ObjectName);
    }

    [Fact]
    public void Probe_of_a_materialized_view_has_the_probe_name_and_neither_IF_NOT_EXISTS_nor_POPULATE()
    {
        var statement = SchemaStatement.Create("f.sql",
            "CREATE MATERIALIZED VIEW IF NOT EXISTS db.mv\nENGINE = ReplacingMergeTree(_ver)\nORDER BY (k)\nPOPULATE\nAS SELECT k, _ver FROM db.src");

        var probe = statement.AsProbe("mv__probe");

        Assert.Equal("CREATE MATERIALIZED VIEW db.mv__probe\nENGINE = ReplacingMergeTree(_ver)\nORDER BY (k)\n \nAS SELECT k, _ver FROM db.src", probe);
    }

    [Fact]
    public void Summary_is_one_short_line()
    {
        var statement = SchemaStatement.Create("f.sql", "CREATE TABLE IF NOT EXISTS db.t\n(\n    " + string.Join(",\n    ", Enumerable.Range(0, 40).Select(i => $"c{i} String")) + "\n) ENGINE = Log");

        Assert.DoesNotContain('\n', statement.Summary);
        Assert.True(statement.Summary.Length <= 113, statement.Summary);
        Assert.StartsWith("CREATE TABLE IF NOT EXISTS db.t ( c0 String,", statement.Summary, StringComparison.Ordinal);
    }
}
