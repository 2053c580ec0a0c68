using Qtickets.Pipeline.Time;

namespace Qtickets.Pipeline.Tests.Time;

public sealed class MoscowTimeTests
{
    [Fact]
    public void An_instant_with_any_offset_is_written_as_moscow_wall_clock()
    {
        var novosibirskEvening = new DateTimeOffset(2025, 11, 3, 23, 30, 0, TimeSpan.FromHours(7));

        Assert.Equal("2025-11-03 19:30:00", MoscowTime.Format(novosibirskEvening));
    }

    [Fact]
    public void A_utc_instant_late_in_the_evening_belongs_to_the_next_moscow_day()
    {
        var utc = new DateTimeOffset(2025, 11, 3, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 11, 4), MoscowTime.ToDate(utc));
    }

    [Fact]
    public void Wall_clock_text_reads_back_as_the_same_instant()
    {
        var instant = new DateTimeOffset(2026, 1, 15, 8, 5, 9, TimeSpan.Zero);

        Assert.Equal(instant, MoscowTime.ParseWallClock(MoscowTime.Format(instant)));
    }
}
