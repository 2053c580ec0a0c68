using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.ClickHouse;
using Qtickets.Pipeline.Inventory;
using Qtickets.Pipeline.Running;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Stages;

/// <summary>
/// Events: read first (orders take their city from them), looked up for orders whose event the listing did not hold,
/// and written to <c>dim_events</c> last, with the capacity the inventory stage found.
/// </summary>
internal sealed class EventsStage(LoaderJobContext context, ILogger logger)
{
    private const string EventsTable = "dim_events";

    public async Task<EventCatalog> ReadAsync(RunAccumulator run, CancellationToken cancellationToken)
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
        logger.LogInformation("events: {Count} read in {Pages} pages", catalog.Count, events.PagesFetched);
        return catalog;
    }

    /// <summary>
    /// The event of an order; one the listing did not hold (deleted since, or beyond a guard) is fetched on its own,
    /// once, so its sales still get their city.
    /// </summary>
    public async Task<EventInfo?> FindAsync(
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

    public async Task WriteAsync(
        RunAccumulator run, EventCatalog catalog, IReadOnlyDictionary<long, ShowCapacity> capacity,
        IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        var now = context.Time.GetUtcNow();
        var previous = capacity.Count == catalog.Count
            ? new Dictionary<long, ShowCapacity>()
            : await PreviousCapacityAsync(clickHouse, cancellationToken).ConfigureAwait(false);
        var rows = EventRows.Build(catalog.All, capacity, previous, now);
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
            .Where(r => long.TryParse(r.Id, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            .ToDictionary(r => long.Parse(r.Id, CultureInfo.InvariantCulture), r => new ShowCapacity(r.Total, r.LeftNow));
    }

    private sealed record PreviousCapacityRow(string Id, uint? Total, uint? LeftNow);
}
