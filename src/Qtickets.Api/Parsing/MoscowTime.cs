using System.Globalization;

namespace Qtickets.Api.Parsing;

/// <summary>
/// Moscow time as the API speaks it: a fixed +03:00 (no daylight saving since 2014), so no time-zone database is
/// needed. Filters carry <c>yyyy-MM-ddTHH:mm:ss+03:00</c>; timestamps without an offset are Moscow wall-clock time.
/// </summary>
internal static class MoscowTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(3);

    public static string Format(DateTimeOffset value) =>
        value.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
