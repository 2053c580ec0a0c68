using System.Globalization;
using Qtickets.ClickHouse.Sql;

namespace Qtickets.ClickHouse.Tests.Sql;

public sealed class SqlLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"C:\temp", @"'C:\\temp'")]
    [InlineData(@"\'", @"'\\\''")]
    [InlineData("line1\nline2\r\n", @"'line1\nline2\r\n'")]
    [InlineData("tab\there", @"'tab\there'")]
    [InlineData("nul\0byte", @"'nul\0byte'")]
    [InlineData("bell\u0007", @"'bell\x07'")]
    [InlineData("", "''")]
    public void String_literal_escapes_quotes_backslashes_and_control_characters(string value, string expected)
    {
        Assert.Equal(expected, SqlLiteral.String(value));
    }

    [Theory]
    [InlineData("Москва")]
    [InlineData("日本語 ✓ 🎫")]
    public void String_literal_keeps_unicode_text_as_is(string value)
    {
        Assert.Equal("'" + value + "'", SqlLiteral.String(value));
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("x'); DROP DATABASE zakaz; --")]
    [InlineData(@"\'; DROP TABLE t; --")]
    [InlineData("a\\")]
    public void String_literal_of_an_injection_attempt_has_no_unescaped_quote_inside(string value)
    {
        var literal = SqlLiteral.String(value);

        var inside = literal[1..^1];
        Assert.Equal('\'', literal[0]);
        Assert.Equal('\'', literal[^1]);
        Assert.False(HasUnescapedQuote(inside), literal);
    }

    [Fact]
    public void Null_string_is_the_NULL_keyword()
    {
        Assert.Equal("NULL", SqlLiteral.String(null));
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_under_a_comma_decimal_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ru-RU");
        try
        {
            Assert.Equal("1234.5", SqlLiteral.Number(1234.5));
            Assert.Equal("-1234567890123", SqlLiteral.Number(-1234567890123L));
            Assert.Equal("18446744073709551615", SqlLiteral.Number(ulong.MaxValue));
            Assert.Equal("0.1", SqlLiteral.Number(0.1m));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Special_floats_use_ClickHouse_names(double value, string expected)
    {
        Assert.Equal(expected, SqlLiteral.Number(value));
    }

    [Fact]
    public void Dates_and_times_are_written_as_ClickHouse_literals_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
        try
        {
            Assert.Equal("toDate('2025-11-03')", SqlLiteral.Date(new DateOnly(2025, 11, 3)));
            Assert.Equal("toDateTime('2025-11-03 07:05:09')", SqlLiteral.DateTime(new DateTime(2025, 11, 3, 7, 5, 9)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Booleans_are_one_and_zero()
    {
        Assert.Equal(("1", "0"), (SqlLiteral.Bool(true), SqlLiteral.Bool(false)));
    }

    private static bool HasUnescapedQuote(string inside)
    {
        for (var i = 0; i < inside.Length; i++)
        {
            if (inside[i] == '\\')
            {
                i++;
            }
            else if (inside[i] == '\'')
            {
                return true;
            }
        }

        return false;
    }
}
