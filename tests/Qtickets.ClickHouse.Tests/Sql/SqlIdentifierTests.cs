using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse.Tests.Sql;

public sealed class SqlIdentifierTests
{
    [Theory]
    [InlineData("zakaz")]
    [InlineData("zakaz_t_3f2a")]
    [InlineData("_private")]
    [InlineData("Table1")]
    public void Plain_names_are_valid(string name)
    {
        Assert.True(SqlIdentifier.IsValid(name));
        Assert.Equal(name, SqlIdentifier.Validate(name, "database"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("za-kaz")]
    [InlineData("za kaz")]
    [InlineData("zakaz.t")]
    [InlineData("zakaz;DROP DATABASE x")]
    [InlineData("`zakaz`")]
    [InlineData("zakaz'")]
    [InlineData("заказ")]
    [InlineData("zakaz\n")]
    public void Anything_else_is_rejected_with_a_message_naming_the_setting(string name)
    {
        var error = Assert.Throws<ClickHouseConfigurationException>(() => SqlIdentifier.Validate(name, "CLICKHOUSE_DB"));

        Assert.False(SqlIdentifier.IsValid(name));
        Assert.Contains("CLICKHOUSE_DB", error.Message, StringComparison.Ordinal);
        Assert.Contains("letters, digits and '_'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.False(SqlIdentifier.IsValid(null));
        Assert.Throws<ClickHouseConfigurationException>(() => SqlIdentifier.Validate(null, "database"));
    }

    [Fact]
    public void Names_longer_than_the_limit_are_rejected()
    {
        Assert.False(SqlIdentifier.IsValid(new string('a', SqlIdentifier.MaxLength + 1)));
        Assert.True(SqlIdentifier.IsValid(new string('a', SqlIdentifier.MaxLength)));
    }

    [Fact]
    public void Quote_puts_a_valid_name_in_back_quotes()
    {
        Assert.Equal("`meta_job_runs`", SqlIdentifier.Quote("meta_job_runs"));
    }

    [Theory]
    [InlineData("meta_job_runs")]
    [InlineData("zakaz.meta_job_runs")]
    public void Table_references_may_name_their_database(string table)
    {
        Assert.Equal(table, SqlIdentifier.ValidateTable(table));
    }

    [Theory]
    [InlineData("a.b.c")]
    [InlineData("zakaz.")]
    [InlineData("t FORMAT TSV")]
    public void Malformed_table_references_are_rejected(string table)
    {
        Assert.Throws<ClickHouseConfigurationException>(() => SqlIdentifier.ValidateTable(table));
    }
}
