using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.ClickHouse;
using Qtickets.Pipeline.Inventory;
using Qtickets.Pipeline.Running;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Stages;

/// <summary>Inventory: the seats of every active show, one snapshot per run, and the capacity per event it gives.</summary>
internal sealed class InventoryStage(LoaderJobContext context, ILogger logger)
{
    private const string InventoryTable = "stg_qtickets_api_inventory_raw";
    private const string InventoryLatestTable = "fact_qtickets_inventory_latest";

    /// <summary>
    /// Seats of every active show, read concurrently (bounded), summed per show and per event by the seats rule.
    /// Returns the capacity per event for <c>dim_events</c>; empty when inventory is skipped.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, ShowCapacity>> LoadAsync(
        RunAccumulator run, EventCatalog catalog, IClickHouseClient clickHouse, CancellationToken cancellationToken)
    {
        if (context.Settings.Qtickets.Skips.Inventory)
        {
            run.Skip("inventory", "QTICKETS_SKIP_INVENTORY=true");
            return new Dictionary<long, ShowCapacity>();
        }

        context.Observer.StageStarted("inventory");
        var shows = catalog.All.SelectMany(e => e.ActiveShowIds.Select(show => (Event: e, Show: show))).ToList();
        var perShow = await ReadCapacitiesAsync(run, shows, cancellationToken).ConfigureAwait(false);
        if (shows.Count > 0 && perShow.IsEmpty)
        {
            return new Dictionary<long, ShowCapacity>();
        }

        var snapshot = context.Time.GetUtcNow();
        var read = shows.Where(s => perShow.ContainsKey(s.Show)).ToList();
        WarnAboutUnknown(run, read.Where(s => !perShow[s.Show].IsKnown).ToList());
        var showRows = read.Select(s => InventoryRows.Show(s.Event, s.Show, perShow[s.Show], snapshot)).ToList();
        var perEvent = read.GroupBy(s => s.Event.Id).ToDictionary(g => g.Key, g => ShowCapacity.Sum(g.Select(s => perShow[s.Show])));
        var latestRows = catalog.All.Where(e => perEvent.ContainsKey(e.Id)).Select(e => InventoryRows.Latest(e, perEvent[e.Id], snapshot)).ToList();
        await InsertIfAnyAsync(clickHouse, InventoryTable, showRows, cancellationToken).ConfigureAwait(false);
        await InsertIfAnyAsync(clickHouse, InventoryLatestTable, latestRows, cancellationToken).ConfigureAwait(false);
        run.Count("inventory", showRows.Count);
        context.Observer.StageCompleted("inventory", showRows.Count);
        logger.LogInformation("inventory: {Shows} shows of {Events} events", showRows.Count, latestRows.Count);
        return perEvent;
    }

    private async Task<ConcurrentDictionary<long, ShowCapacity>> ReadCapacitiesAsync(
        RunAccumulator run, IReadOnlyList<(EventInfo Event, long Show)> shows, CancellationToken cancellationToken)
    {
        var result = new ConcurrentDictionary<long, ShowCapacity>();
        var unavailable = new ConcurrentBag<string>();
        var meter = new StageMeter(context.Observer, "inventory", "shows", shows.Count, countsRows: false);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = context.Settings.Qtickets.MaxConcurrency,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(shows, parallel, async (item, token) =>
        {
            try
            {
                var seats = await context.Api.GetSeatsAsync(item.Show, token).ConfigureAwait(false);
                result[item.Show] = ShowCapacity.From(seats.Items);
            }
            catch (QticketsApiException ex) when (ex.IsDatasetUnavailable)
            {
                unavailable.Add($"HTTP {ex.StatusCode}");
            }

            meter.UnitDone();
        }).ConfigureAwait(false);

        if (!unavailable.IsEmpty)
        {
            var reason = $"seats of {unavailable.Count} of {shows.Count} shows unavailable ({unavailable.First()})";
            if (result.IsEmpty)
            {
                run.Skip("inventory", reason);
            }
            else
            {
                run.Warn($"inventory: {reason}");
            }
        }

        return result;
    }

    /// <summary>One warning naming the shows whose seats answer carried no counts (the first few, and how many).</summary>
    private void WarnAboutUnknown(RunAccumulator run, IReadOnlyList<(EventInfo Event, long Show)> unknown)
    {
        if (unknown.Count == 0)
        {
            return;
        }

        var named = string.Join(", ", unknown.Take(5).Select(s => string.Create(CultureInfo.InvariantCulture, $"show {s.Show} of event {s.Event.Id}")));
        var warning = string.Create(CultureInfo.InvariantCulture,
            $"inventory: capacity unknown (stored as NULL) for {unknown.Count} show(s), their seats carried no max_quantity/free_quantity: {named}{(unknown.Count > 5 ? ", ..." : string.Empty)}");
        run.Warn(warning);
        logger.LogWarning("{Warning:l}", warning);
    }

    private static async Task InsertIfAnyAsync<T>(
        IClickHouseClient clickHouse, string table, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count > 0)
        {
            await clickHouse.InsertAsync(table, rows, cancellationToken).ConfigureAwait(false);
        }
    }
}
