using Qtickets.Api.Time;

namespace Qtickets.Api.Tests.Time;

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
    public void A_moscow_wall_clock_reads_back_as_the_same_instant()
    {
        var instant = new DateTimeOffset(2026, 1, 15, 8, 5, 9, TimeSpan.Zero);

        Assert.Equal(instant, MoscowTime.FromWallClock(MoscowTime.ToWallClock(instant)));
    }

    [Fact]
    public void The_offset_form_is_iso_8601_in_moscow_time_as_the_api_writes_it()
    {
        var utc = new DateTimeOffset(2025, 11, 2, 21, 0, 0, TimeSpan.Zero);

        Assert.Equal("2025-11-03T00:00:00+03:00", MoscowTime.FormatWithOffset(utc));
    }

    [Fact]
    public void Moscow_time_follows_the_time_zone_database_not_a_fixed_offset()
    {
        // From March 2011 to October 2014 Moscow kept UTC+4 all year; the servers' Europe/Moscow zone says so too.
        var utc = new DateTimeOffset(2013, 7, 1, 20, 30, 0, TimeSpan.Zero);

        Assert.Equal("2013-07-02T00:30:00+04:00", MoscowTime.FormatWithOffset(utc));
        Assert.Equal(new DateOnly(2013, 7, 2), MoscowTime.ToDate(utc));
    }
}
