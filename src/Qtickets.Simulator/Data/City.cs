namespace Qtickets.Simulator.Data;

/// <summary>A city as the API shows it (<c>{"id", "name", "timezone"}</c>) plus what generation needs.</summary>
/// <remarks>
/// Slug: The organiser's UTM city code: <c>utm_content = slug_dd_mm</c>.<br/>
/// UtcOffset: Russia has kept fixed offsets since 2014, so no time-zone database is needed.<br/>
/// </remarks>
internal sealed record City(
    int Id,
    string Name,
    string Timezone,
    string Slug,
    TimeSpan UtcOffset,
    double Latitude,
    double Longitude,
    int Weight,
    IReadOnlyList<Venue> Venues);
