using Qtickets.Api.Models;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// Events by id, for giving every sale its city. Built once per run from the full event list; the orders stage adds
/// an event an order refers to that the listing did not hold (<see cref="Add"/>), the only change it ever sees.
/// </summary>
public sealed class EventCatalog
{
    private readonly Dictionary<long, EventInfo> _events;

    public EventCatalog(IEnumerable<Event> events)
    {
        _events = events.Select(EventInfo.From).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.Last());
    }

    public int Count => _events.Count;

    /// <summary>Every event: the listed ones and those added for orders. Read it once the orders are in.</summary>
    public IEnumerable<EventInfo> All => _events.Values;

    public EventInfo? Find(long? eventId) =>
        eventId is { } id && _events.TryGetValue(id, out var info) ? info : null;

    /// <summary>Adds an event fetched on its own (an order referred to an event the listing did not hold).</summary>
    public EventInfo Add(Event source)
    {
        var info = EventInfo.From(source);
        _events[info.Id] = info;
        return info;
    }
}
