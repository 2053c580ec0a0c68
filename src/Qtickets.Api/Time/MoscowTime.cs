using System.Globalization;

namespace Qtickets.Api.Time;

/// <summary>
/// Moscow time, the one helper for it: the API speaks it (query filters carry <c>+03:00</c>, event times may come
/// as bare wall clock), stored timestamps are Moscow wall-clock time because the BI layer reads them so
/// (docs/data-contract.md, "Times"), and instants are converted here and nowhere else.
/// The rule is the time-zone database's <c>Europe/Moscow</c>, the zone the ClickHouse servers run in, so an instant
/// lands on the same wall clock and day here as in the server's <c>toDate</c> and <c>today()</c>.
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

    /// <summary>ISO 8601 with the Moscow offset, as the API writes timestamps: <c>2025-11-03T12:00:00+03:00</c>.</summary>
    public static string FormatWithOffset(DateTimeOffset instant) =>
        instant.ToOffset(Zone.GetUtcOffset(instant)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The instant a Moscow wall-clock time names, with the offset Moscow had then.</summary>
    public static DateTimeOffset FromWallClock(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }
}
