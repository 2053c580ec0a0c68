using System.Globalization;

namespace Qtickets.Simulator.Data;

/// <summary>
/// Generates the events and their shows. Events are spread evenly over a window from 335 days before
/// the anchor to about 115 days after it, each on sale for at least twice the spacing, so that at every
/// moment of the order history some event is on sale.
/// </summary>
internal static class EventGenerator
{
    private const int FirstEventId = 18_000;
    private const int FirstShowId = 40_000;
    private static readonly string[] Ages = ["0+", "6+", "12+", "16+", "18+"];
    private static readonly int[] ShowHours = [19, 19, 19, 20, 18, 15];

    public static (IReadOnlyList<EventModel> Events, IReadOnlyList<ShowModel> Shows) Generate(int seed, int count, long anchor)
    {
        var events = new List<EventModel>(count);
        var shows = new List<ShowModel>(count * 2);
        var spacing = 450.0 * TimeMath.Day / count;
        for (var i = 0; i < count; i++)
        {
            var random = DeterministicRandom.For(seed, RandomStream.Event, i);
            events.Add(CreateEvent(i, spacing, anchor, shows, ref random));
        }

        return (events, shows);
    }

    private static EventModel CreateEvent(int index, double spacing, long anchor, List<ShowModel> shows, ref DeterministicRandom random)
    {
        var city = CityCatalog.PickWeighted(ref random);
        var venue = random.Pick(city.Venues);
        var zones = VenueLayouts.Create(venue.Kind, ref random);
        var id = FirstEventId + (index * 4) + random.Next(4);
        var deleted = index % 12 == 11;
        var firstStart = anchor - (335 * TimeMath.Day) + (long)((index + random.NextDouble()) * spacing);
        var saleWindow = Math.Max(2 * spacing, random.Next(30, 121) * (double)TimeMath.Day);
        var saleStart = TimeMath.AtLocalTime(firstStart - (long)saleWindow, city.UtcOffset, 10, 0);
        var createdAt = Math.Min(saleStart - (random.Next(1, 11) * TimeMath.Day), anchor - (random.Next(1, 31) * TimeMath.Day));
        createdAt -= random.Next((int)TimeMath.Day);

        var showIndexes = CreateShows(index, firstStart, saleStart, createdAt, city, deleted, shows, ref random);
        var lastFinish = shows[showIndexes[^1]].Finish;
        var updatedAt = createdAt + (long)(random.NextDouble() * Math.Max(0, Math.Min(anchor, lastFinish) - createdAt));
        var deletedAt = deleted ? Math.Min(createdAt + (random.Next(1, 6) * TimeMath.Day), anchor - TimeMath.Hour) : 0;
        if (deleted)
        {
            updatedAt = deletedAt;
        }

        var isActive = !deleted && !(lastFinish < anchor - (14 * TimeMath.Day) && random.Chance(0.5));
        var name = deleted
            ? "Тестовое мероприятие " + (index + 1).ToString(CultureInfo.InvariantCulture)
            : $"{random.Pick(NameCatalog.EventKinds)} «{random.Pick(NameCatalog.EventTitles)}»";
        var externalId = random.Chance(0.1) ? "ext-" + id.ToString(CultureInfo.InvariantCulture) : null;
        var popularity = deleted ? 0 : 0.3 + (2.7 * Math.Pow(random.NextDouble(), 2));
        return new EventModel(
            index, id, name, city, venue, isActive, createdAt, updatedAt, deletedAt,
            random.Pick(Ages), random.Next(1, 5), externalId, popularity, zones, showIndexes);
    }

    private static int[] CreateShows(
        int eventIndex, long firstStart, long saleStart, long createdAt, City city, bool deleted, List<ShowModel> shows, ref DeterministicRandom random)
    {
        var roll = random.NextDouble();
        var count = roll < 0.5 ? 1 : roll < 0.8 ? 2 : 3;
        var indexes = new int[count];
        var day = firstStart;
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            if (ordinal > 0)
            {
                day += random.Next(1, 4) * TimeMath.Day;
            }

            var start = TimeMath.AtLocalTime(day, city.UtcOffset, ShowHours[random.Next(ShowHours.Length)], 0);
            var finish = start + (random.Chance(0.5) ? 150 : 180) * TimeMath.Minute;
            var index = shows.Count;
            var id = FirstShowId + (index * 3) + random.Next(3);
            shows.Add(new ShowModel(
                index, id, eventIndex, ordinal, start, finish, saleStart, IsActive: !deleted,
                createdAt, createdAt + random.Next((int)TimeMath.Day), FlatSeats: index % 2 == 0));
            indexes[ordinal] = index;
        }

        return indexes;
    }
}
