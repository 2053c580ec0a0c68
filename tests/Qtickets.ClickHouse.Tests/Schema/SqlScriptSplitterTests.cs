using Qtickets.ClickHouse.Schema;

namespace Qtickets.ClickHouse.Tests.Schema;

public sealed class SqlScriptSplitterTests
{
    [Fact]
    public void Statements_are_split_at_semicolons()
    {
        var statements = SqlScriptSplitter.Split("CREATE DATABASE a;\nCREATE DATABASE b;\n");

        Assert.Equal(["CREATE DATABASE a", "CREATE DATABASE b"], statements);
    }

    [Fact]
    public void Semicolons_inside_strings_and_quoted_names_do_not_split()
    {
        var statements = SqlScriptSplitter.Split("SELECT 'a;b', `c;d`, \"e;f\", 'it\\'s;' ; SELECT 2");

        Assert.Equal(["SELECT 'a;b', `c;d`, \"e;f\", 'it\\'s;'", "SELECT 2"], statements);
    }

    [Fact]
    public void Comments_are_removed_even_when_they_hold_semicolons()
    {
        var statements = SqlScriptSplitter.Split("-- first; not a statement\nSELECT 1 -- trailing; note\n/* block; comment */ + 1;");

        Assert.Equal(["SELECT 1\n  + 1"], statements);
    }

    [Fact]
    public void Comment_markers_inside_strings_are_text()
    {
        var statements = SqlScriptSplitter.Split("SELECT '--not a comment', '/* nor this */'");

        Assert.Equal(["SELECT '--not a comment', '/* nor this */'"], statements);
    }

    [Fact]
    public void Empty_statements_are_dropped()
    {
        Assert.Empty(SqlScriptSplitter.Split(" ;\n; -- only a comment\n"));
    }

    [Fact]
    public void Unterminated_string_is_an_error()
    {
        Assert.Throws<FormatException>(() => SqlScriptSplitter.Split("SELECT 'open"));
    }
}
