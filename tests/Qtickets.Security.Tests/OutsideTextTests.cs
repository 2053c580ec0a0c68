namespace Qtickets.Security.Tests;

public sealed class OutsideTextTests
{
    [Fact]
    public void Terminal_escape_codes_are_shown_not_obeyed()
    {
        Assert.Equal(@"\x1B[2J\x1B[31mFAKE ALERT\x1B[0m", OutsideText.OneLine("\u001b[2J\u001b[31mFAKE ALERT\u001b[0m"));
    }

    [Theory]
    [InlineData("\u0007", @"\x07")]
    [InlineData("\u007f", @"\x7F")]
    [InlineData("\u009b", @"\x9B")]
    [InlineData("\u0000", @"\x00")]
    [InlineData("\u202e", @"\u202E")]
    [InlineData("\u2066", @"\u2066")]
    [InlineData("\u200f", @"\u200F")]
    public void Each_kind_of_control_character_is_made_visible(string control, string visible)
    {
        Assert.Equal($"a{visible}b", OutsideText.OneLine($"a{control}b"));
    }

    [Fact]
    public void One_line_text_has_its_line_breaks_and_tabs_as_spaces()
    {
        Assert.Equal("a b c d e", OutsideText.OneLine("a\nb\rc\td\u2028e"));
    }

    [Fact]
    public void Text_with_lines_keeps_line_feeds_crlf_and_tabs_but_not_a_lone_carriage_return()
    {
        Assert.Equal("a\nb\r\nc\td\\x0De", OutsideText.KeepingLines("a\nb\r\nc\td\re"));
    }

    [Fact]
    public void Clean_text_comes_back_as_the_same_instance()
    {
        const string text = "Привет, QTickets: 200 OK — «ok» ✓";

        Assert.Same(text, OutsideText.OneLine(text));
        Assert.Same(text, OutsideText.KeepingLines(text));
    }

    [Fact]
    public void Cleaning_twice_changes_nothing_more()
    {
        var once = OutsideText.OneLine("\u001b[2J\u202e");

        Assert.Equal(once, OutsideText.OneLine(once));
    }
}
