using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.ClickHouse;
using Qtickets.Pipeline.Inventory;
using Qtickets.Pipeline.Rows;
using Qtickets.Pipeline.Time;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Running;

public sealed partial class LoaderJob
{
    private const string EventsTable = "dim_events";

    private async Task<EventCatalog> LoadEventsAsync(RunAccumulator run, CancellationToken cancellationToken)
    {
        context.Observer.StageStarted("events");
        var events = await context.Api.GetEventsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var warning in events.Warnings)
        {
            run.Warn($"events: {warning}");
        }

        foreach (var skipped in events.Skipped)
        {
            run.Warn($"events: record {skipped.RecordId} skipped ({skipped.Reason})");
        }

        var catalog = new EventCatalog(events.Items);
        _logger.LogInformation("events: {Count} read in {Pages} pages", catalog.Count, events.PagesFetched);
        return catalog;
    }

    /// <summary>
    /// The event of an order; one the listing did not hold (deleted since, or beyond a guard) is fetched on its own,
    /// once, so its sales still get their city.
    /// </summary>
    private async Task<EventInfo?> FindEventAsync(
        EventCatalog catalog, long? eventId, HashSet<long> unknown, RunAccumulator run, CancellationToken cancellationToken)
    {
        var known = catalog.Find(eventId);
        if (known is not null || eventId is not { } id || unknown.Contains(id))
        {
            return known;
        }

        try
        {
            var fetched = await context.Api.GetEventAsync(id, cancellationToken).ConfigureAwait(false);
            if (fetched is not null)
            {
                return catalog.Add(fetched);
            }
        }
        catch (QticketsApiException ex) when (ex.IsDatasetUnavailable)
        {
            run.Warn($"event {id} of an order is not available (HTTP {ex.StatusCode}); its sales have no city");
        }

        unknown.Add(id);
        return null;
    }

    private async Task WriteEventsAsync(
        RunAccumulator run, EventCatalog catalog, IReadOnlyDictionary<long, ShowCapacity> capacity,
        IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        var now = context.Time.GetUtcNow();
        var version = RowVersions.Of(now);
        var loadedAt = MoscowTime.ToWallClock(now);
        var previous = capacity.Count == catalog.Count
            ? new Dictionary<long, ShowCapacity>()
            : await PreviousCapacityAsync(clickHouse, cancellationToken).ConfigureAwait(false);
        var rows = catalog.All.Select(e =>
        {
            // Inventory skipped or unreadable for this event: keep what the last snapshot said rather than zero it.
            var totals = capacity.GetValueOrDefault(e.Id) ?? previous.GetValueOrDefault(e.Id);
            return new EventRow
            {
                EventId = e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                EventName = e.Name,
                City = e.City,
                StartDate = e.StartDate,
                EndDate = e.EndDate,
                TicketsTotal = totals?.Total,
                TicketsLeft = totals?.Left,
                LoadedAt = loadedAt,
                Ver = version,
            };
        }).ToList();
        if (rows.Count > 0)
        {
            await clickHouse.InsertAsync(EventsTable, rows, cancellationToken).ConfigureAwait(false);
        }

        run.Count("events", rows.Count);
        context.Observer.StageCompleted("events", rows.Count);
    }

    private static async Task<Dictionary<long, ShowCapacity>> PreviousCapacityAsync(IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        var rows = await clickHouse.QueryAsync<PreviousCapacityRow>(
            $"SELECT event_id AS id, argMax(tickets_total, _ver) AS total, argMax(tickets_left, _ver) AS left_now FROM {EventsTable} GROUP BY event_id",
            cancellationToken).ConfigureAwait(false);
        return rows
            .Where(r => long.TryParse(r.Id, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToDictionary(r => long.Parse(r.Id, System.Globalization.CultureInfo.InvariantCulture), r => new ShowCapacity(r.Total, r.LeftNow));
    }

    private sealed record PreviousCapacityRow(string Id, uint? Total, uint? LeftNow);
}
