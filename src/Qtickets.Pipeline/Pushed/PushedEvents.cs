using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.Api;
using Qtickets.Api.Errors;
using Qtickets.ClickHouse;
using Qtickets.ClickHouse.Sql;
using Qtickets.Pipeline.Rows;
using Qtickets.Api.Time;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Pushed;

/// <summary>
/// The events of pushed orders, for their cities: from <c>dim_events</c>, which the loader's runs fill; an event it
/// does not hold is asked of QTickets once and written to <c>dim_events</c>. Known events are kept for
/// <see cref="KeepFor"/>, so a corrected city reaches pushed orders within that time. Used by one loop at a time.
/// </summary>
internal sealed class PushedEvents(QticketsClient api, IClickHouseClient clickHouse, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private readonly Dictionary<long, (EventInfo? Info, DateTimeOffset ReadAt)> _known = [];

    /// <summary>
    /// Makes the events of <paramref name="ids"/> known; returns the ids that could not be (QTickets unreachable):
    /// their orders are refused, so the sender retries them later.
    /// </summary>
    public async Task<IReadOnlySet<long>> LoadAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var wanted = ids.Distinct().Where(id => !_known.TryGetValue(id, out var known) || now - known.ReadAt > KeepFor).ToList();
        if (wanted.Count == 0)
        {
            return new HashSet<long>();
        }

        foreach (var (id, info) in await FromDimEventsAsync(wanted, cancellationToken).ConfigureAwait(false))
        {
            _known[id] = (info, now);
        }

        var unreachable = new HashSet<long>();
        foreach (var id in wanted.Where(id => !_known.TryGetValue(id, out var known) || known.ReadAt != now))
        {
            if (!await FetchAsync(id, now, cancellationToken).ConfigureAwait(false))
            {
                unreachable.Add(id);
            }
        }

        return unreachable;
    }

    public EventInfo? Find(long? eventId) => eventId is { } id && _known.TryGetValue(id, out var known) ? known.Info : null;

    private async Task<IEnumerable<(long Id, EventInfo Info)>> FromDimEventsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var list = string.Join(", ", ids.Select(id => SqlLiteral.String(Text(id))));
        var rows = await clickHouse.QueryAsync<DimEventRow>(
            $"SELECT event_id, argMax(event_name, _ver) AS event_name, argMax(city, _ver) AS city FROM dim_events WHERE event_id IN ({list}) GROUP BY event_id",
            cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (long.Parse(r.EventId, CultureInfo.InvariantCulture), new EventInfo(long.Parse(r.EventId, CultureInfo.InvariantCulture), r.EventName, r.City, null, null, [])));
    }

    /// <summary>Asks QTickets for one event; false when it cannot be asked now (the order is retried later).</summary>
    private async Task<bool> FetchAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var fetched = await api.GetEventAsync(id, cancellationToken).ConfigureAwait(false);
            var info = fetched is null ? null : EventInfo.From(fetched);
            if (info is not null)
            {
                await clickHouse.InsertAsync("dim_events", [Row(info, now)], cancellationToken).ConfigureAwait(false);
            }

            _known[id] = (info, now);
            return true;
        }
        catch (QticketsApiException ex) when (ex.IsDatasetUnavailable)
        {
            logger.LogWarning("event {EventId} of a pushed order is not available (HTTP {Status}); its sales have no city", id, ex.StatusCode);
            _known[id] = (null, now);
            return true;
        }
        catch (QticketsApiException ex)
        {
            logger.LogWarning("event {EventId} of a pushed order is unknown and QTickets cannot be asked now: {Reason:l}", id, ex.Message);
            return false;
        }
    }

    private static EventRow Row(EventInfo info, DateTimeOffset now) => new()
    {
        EventId = Text(info.Id),
        EventName = info.Name,
        City = info.City,
        StartDate = info.StartDate,
        EndDate = info.EndDate,
        LoadedAt = MoscowTime.ToWallClock(now),
        Ver = RowVersions.Of(now),
    };

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record DimEventRow(string EventId, string EventName, string City);
}
