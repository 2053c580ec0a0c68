using Qtickets.Api.Parsing;

namespace Qtickets.Api.Tests.Parsing;

public sealed class TolerantDateTests
{
    [Theory]
    [InlineData("2025-11-03T12:00:00+03:00", "2025-11-03T12:00:00+03:00")]
    [InlineData("2025-11-03T09:00:00.000000Z", "2025-11-03T09:00:00+00:00")]
    [InlineData("2025-11-03T19:00:00+1000", "2025-11-03T19:00:00+10:00")]
    [InlineData("2025-11-03 12:00:00", "2025-11-03T12:00:00+03:00")]
    [InlineData("2025-11-03", "2025-11-03T00:00:00+03:00")]
    [InlineData("2021-03-01T10:00:00-02:00", "2021-03-01T10:00:00-02:00")]
    public void Timestamps_are_read_with_their_offset_or_as_Moscow_time(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TolerantDate.Parse(text));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, TolerantDate.Parse(text)!.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("yesterday")]
    public void Empty_zero_and_unreadable_timestamps_are_null(string? text)
    {
        Assert.Null(TolerantDate.Parse(text));
    }

    [Fact]
    public void Moscow_time_is_formatted_with_a_colon_offset()
    {
        Assert.Equal("2025-11-03T00:00:00+03:00", MoscowTime.Format(new DateTimeOffset(2025, 11, 2, 21, 0, 0, TimeSpan.Zero)));
    }
}
