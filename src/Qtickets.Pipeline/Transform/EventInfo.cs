using Qtickets.Api.Models;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// What the transform needs of an event. Orders carry no city: the city of a sale is the city of its event,
/// as its name in lower case (the earlier loader wrote it empty, and the event's city as a serialised object).
/// </summary>
public sealed record EventInfo(
    long Id,
    string Name,
    string City,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<long> ActiveShowIds)
{
    public static EventInfo From(Event source)
    {
        var shows = source.Shows.Where(s => s.DeletedAt is null).ToList();
        var starts = shows.Select(s => s.StartDate).OfType<DateTimeOffset>().ToList();
        var ends = shows.Select(s => s.FinishDate ?? s.StartDate).OfType<DateTimeOffset>().ToList();
        return new EventInfo(
            source.Id,
            source.Name?.Trim() ?? string.Empty,
            CityName(source.City),
            starts.Count > 0 ? MoscowTime.ToDate(starts.Min()) : null,
            ends.Count > 0 ? MoscowTime.ToDate(ends.Max()) : null,
            shows.Where(s => s.IsActive != false).Select(s => s.Id).ToList());
    }

    public static string CityName(City? city) => city?.Name?.Trim().ToLowerInvariant() ?? string.Empty;
}
