using Qtickets.Simulator.Query;

namespace Qtickets.Simulator.Tests.Internals;

public sealed class DateTimeTextTests
{
    private static readonly double Expected = new DateTimeOffset(2025, 11, 3, 0, 0, 0, TimeSpan.FromHours(3)).ToUnixTimeSeconds();

    [Theory]
    [InlineData("2025-11-03T00:00:00+03:00")]
    [InlineData("2025-11-02T21:00:00Z")]
    [InlineData("2025-11-02T21:00:00+00:00")]
    [InlineData("2025-11-03T07:00:00+10:00")]
    [InlineData("2025-11-03 00:00:00")]
    [InlineData("2025-11-03")]
    public void Reads_the_same_instant_in_every_accepted_spelling(string text)
    {
        Assert.True(DateTimeText.TryParse(text, out var seconds));
        Assert.Equal(Expected, seconds);
    }

    [Theory]
    [InlineData("2025-11-03T00:00:00 03:00")]
    [InlineData("03.11.2025")]
    [InlineData("yesterday")]
    public void Refuses_what_a_server_could_not_read(string text)
    {
        Assert.False(DateTimeText.TryParse(text, out _));
    }
}
