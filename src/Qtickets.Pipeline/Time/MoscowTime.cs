using System.Globalization;

namespace Qtickets.Pipeline.Time;

/// <summary>
/// Stored timestamps are Moscow wall-clock time because the BI layer reads them so
/// (clickhouse.md, "Time"): API instants are converted here and nowhere else.
/// </summary>
public static class MoscowTime
{
    public const string ZoneId = "Europe/Moscow";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime ToWallClock(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly ToDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToWallClock(instant));

    /// <summary>The <c>DateTime</c> text ClickHouse accepts on every version: <c>YYYY-MM-DD hh:mm:ss</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToWallClock(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a ClickHouse <c>DateTime</c> (Moscow wall clock) back as an instant.</summary>
    public static DateTimeOffset ParseWallClock(string text)
    {
        var local = DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
