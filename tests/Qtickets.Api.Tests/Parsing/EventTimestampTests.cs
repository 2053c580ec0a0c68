using System.Globalization;
using Qtickets.Api.Tests.Support;
using Qtickets.Api.Time;
using Qtickets.TestUtilities.Http;

namespace Qtickets.Api.Tests.Parsing;

/// <summary>Event and show timestamps come with an offset or as Moscow wall-clock time; both are read.</summary>
public sealed class EventTimestampTests
{
    [Theory]
    [InlineData("2025-11-03T12:00:00+03:00", "2025-11-03T12:00:00+03:00")]
    [InlineData("2025-11-03T09:00:00.000000Z", "2025-11-03T09:00:00+00:00")]
    [InlineData("2025-11-03T19:00:00+1000", "2025-11-03T19:00:00+10:00")]
    [InlineData("2025-11-03 12:00:00", "2025-11-03T12:00:00+03:00")]
    [InlineData("2025-11-03", "2025-11-03T00:00:00+03:00")]
    [InlineData("2021-03-01T10:00:00-02:00", "2021-03-01T10:00:00-02:00")]
    [InlineData("2013-07-01 12:00:00", "2013-07-01T12:00:00+04:00")]
    public async Task Timestamps_are_read_with_their_offset_or_as_Moscow_time(string text, string expected)
    {
        var start = await ShowStartAsync($"\"{text}\"");

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), start);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, start!.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("yesterday")]
    public async Task Empty_zero_and_unreadable_timestamps_are_null(string? text)
    {
        Assert.Null(await ShowStartAsync(text is null ? "null" : $"\"{text}\""));
    }

    [Fact]
    public void Moscow_time_is_formatted_with_a_colon_offset()
    {
        Assert.Equal("2025-11-03T00:00:00+03:00", MoscowTime.FormatWithOffset(new DateTimeOffset(2025, 11, 2, 21, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>The start of the one show of the one event of a listing whose show has <paramref name="json"/> as its start.</summary>
    private static async Task<DateTimeOffset?> ShowStartAsync(string json)
    {
        var handler = new StubHttpMessageHandler(_ => StubResponse.Json(Some.Page([$$"""{"id":1,"shows":[{"id":10,"start_date":{{json}}}]}"""], 10, 1, 1)));

        var events = await TestClient.Create(handler).GetEventsAsync(CancellationToken.None);

        return Assert.Single(Assert.Single(events.Items).Shows).StartDate;
    }
}
