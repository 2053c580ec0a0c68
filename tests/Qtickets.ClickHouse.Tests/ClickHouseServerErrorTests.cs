namespace Qtickets.ClickHouse.Tests;

public sealed class ClickHouseServerErrorTests
{
    [Fact]
    public void Error_of_ClickHouse_18_yields_its_code_and_message()
    {
        var error = ClickHouseServerError.Parse(
            "Code: 60, e.displayText() = DB::Exception: Table zakaz.nope doesn't exist., e.what() = DB::Exception\n");

        Assert.Equal(60, error.Code);
        Assert.Equal("Table zakaz.nope doesn't exist.", error.Message);
    }

    [Fact]
    public void Error_of_ClickHouse_24_yields_its_code_and_message_without_the_version_tail()
    {
        var error = ClickHouseServerError.Parse(
            "Code: 60. DB::Exception: Table zakaz.nope does not exist. (UNKNOWN_TABLE) (version 24.8.4.13 (official build))\n");

        Assert.Equal(60, error.Code);
        Assert.Equal("Table zakaz.nope does not exist. (UNKNOWN_TABLE)", error.Message);
    }

    [Fact]
    public void Multi_line_messages_are_kept_whole()
    {
        var error = ClickHouseServerError.Parse(
            "Code: 62, e.displayText() = DB::Exception: Syntax error: failed at position 1:\n\nSELEC 1\n\nExpected one of: SELECT, e.what() = DB::Exception");

        Assert.Equal(62, error.Code);
        Assert.StartsWith("Syntax error: failed at position 1:", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Expected one of: SELECT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_of_the_message_are_shown_and_its_lines_joined()
    {
        var error = ClickHouseServerError.Parse("Code: 62. DB::Exception: \u001b[2Jfailed\n\tat \u202eposition (SYNTAX_ERROR)");

        Assert.Equal(62, error.Code);
        Assert.Equal(@"\x1B[2Jfailed  at \u202Eposition (SYNTAX_ERROR)", error.Message);
    }

    [Fact]
    public void Body_without_a_code_is_kept_as_the_message()
    {
        var error = ClickHouseServerError.Parse("<html><body>502 Bad Gateway</body></html>");

        Assert.Null(error.Code);
        Assert.Equal("<html><body>502 Bad Gateway</body></html>", error.Message);
    }

    [Fact]
    public void Long_bodies_are_truncated()
    {
        var error = ClickHouseServerError.Parse(new string('x', ClickHouseServerError.MaxMessageLength * 2));

        Assert.Equal(ClickHouseServerError.MaxMessageLength + 3, error.Message.Length);
    }

    [Theory]
    [InlineData("Code: 164, e.displayText() = DB::Exception: Cannot insert into table in readonly mode", 164)]
    [InlineData("{\"a\":1}", null)]
    public void A_result_line_is_recognised_as_an_error_only_when_it_starts_with_a_code(string line, int? code)
    {
        Assert.Equal(code, ClickHouseServerError.TryParseLine(line)?.Code);
    }

    [Fact]
    public void ToString_shows_code_and_message()
    {
        Assert.Equal("Code: 81: Database x doesn't exist", new ClickHouseServerError(81, "Database x doesn't exist").ToString());
    }
}
