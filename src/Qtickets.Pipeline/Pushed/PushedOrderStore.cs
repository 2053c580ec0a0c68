using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Qtickets.Api;
using Qtickets.Api.Orders;
using Qtickets.ClickHouse;
using Qtickets.Configuration;
using Qtickets.Pipeline.Loading;
using Qtickets.Pipeline.Running;
using Qtickets.Api.Time;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Pushed;

/// <summary>
/// Stores orders pushed by QTickets (webhooks) with exactly the rules of a run: the same reader and record contract,
/// the same transform (sales, zero rows for orders no longer a sale, text limits), the same look-up of what staging
/// holds (so the days an order leaves are recomputed too), one insert and one recompute of the touched days per
/// batch. The version of a pushed order is its latest timestamp capped at its receipt
/// (<see cref="ObservedOrder.FromWebhook"/>): a replayed or late webhook never replaces what a later read stored.
/// Returns only once everything it reports as stored is stored; a ClickHouse failure throws (the whole batch is then
/// to be retried). Used by one loop at a time.
/// </summary>
public sealed class PushedOrderStore(QticketsClient api, IClickHouseClient clickHouse, bool storePersonalData, TimeProvider time, ILogger logger)
{
    private const string Staging = "stg_qtickets_api_orders_raw";
    private readonly PushedEvents _events = new(api, clickHouse, time, logger);

    /// <summary>
    /// A store for these settings, with its own QTickets client (to ask for events the catalogue lacks); dispose
    /// <c>Connections</c> when done.
    /// </summary>
    public static (PushedOrderStore Store, IDisposable Connections) Create(
        LoaderSettings settings, IClickHouseClient clickHouse, ILoggerFactory logs, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(logs);
        var http = new List<HttpClient>();
        var api = LoaderJobFactory.CreateApi(settings, logs, time, http);
        var store = new PushedOrderStore(api, clickHouse, settings.Qtickets.StorePersonalData, time, logs.CreateLogger("qtickets.pushed"));
        return (store, new Connections(http));
    }

    /// <returns>One outcome per order of <paramref name="batch"/>, in the same order.</returns>
    public async Task<IReadOnlyList<PushedOrderOutcome>> StoreAsync(IReadOnlyList<PushedOrder> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new PushedOrderOutcome[batch.Count];
        var read = Read(batch, outcomes);
        var unreachable = await _events.LoadAsync(read.Select(r => r.Order.Order.EventId).OfType<long>(), cancellationToken).ConfigureAwait(false);
        var accepted = new List<ObservedOrder>();
        foreach (var (index, observed) in read)
        {
            if (observed.Order.EventId is { } eventId && unreachable.Contains(eventId))
            {
                outcomes[index] = PushedOrderOutcome.Refused(string.Create(CultureInfo.InvariantCulture, $"order {observed.Order.Id}: its event {eventId} is unknown and QTickets cannot be asked now"));
            }
            else
            {
                accepted.Add(observed);
                outcomes[index] = PushedOrderOutcome.Done;
            }
        }

        if (accepted.Count > 0)
        {
            await StageAsync(MarkSoldInBatch(accepted), cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    private sealed class Connections(List<HttpClient> clients) : IDisposable
    {
        public void Dispose() => clients.ForEach(client => client.Dispose());
    }

    private static List<(int Index, ObservedOrder Order)> Read(IReadOnlyList<PushedOrder> batch, PushedOrderOutcome[] outcomes)
    {
        var read = new List<(int, ObservedOrder)>(batch.Count);
        for (var index = 0; index < batch.Count; index++)
        {
            var pushed = batch[index];
            try
            {
                var result = OrderJsonReader.Read(pushed.Json.Span, pushed.ReceivedAt);
                if (result.Order is { } order)
                {
                    read.Add((index, ObservedOrder.FromWebhook(order, pushed.ReceivedAt)));
                }
                else
                {
                    outcomes[index] = PushedOrderOutcome.Rejected(result.Rejected!.Describe());
                }
            }
            catch (JsonException ex)
            {
                outcomes[index] = PushedOrderOutcome.Rejected($"not valid JSON: {ex.Message}");
            }
        }

        return read;
    }

    /// <summary>
    /// Marks a copy of an order that is not a sale when the same batch holds a sale of that order (a payment and its
    /// cancellation that came together, in either order, e.g. retried together after an outage). Staging is looked up
    /// before the batch is written, so unmarked such a copy counts as never stored and is skipped, and the sale would
    /// stay; marked, it is written as a row of zeroes and the versions decide which state wins, as in a run.
    /// </summary>
    private static List<ObservedOrder> MarkSoldInBatch(List<ObservedOrder> orders)
    {
        var sold = orders.Where(o => o.Order.IsSale).Select(o => o.Order.Id).ToHashSet();
        return [.. orders.Select(o => !o.Order.IsSale && sold.Contains(o.Order.Id) ? o with { SeenBefore = true } : o)];
    }

    private async Task StageAsync(List<ObservedOrder> orders, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stager = new OrderStager(
            new OrderTransformer(storePersonalData, MoscowTime.ToWallClock(now)),
            StagedOrderLookup.ForEveryOrder(clickHouse),
            new OrderNotes());
        var days = new HashSet<DateOnly>();
        var rows = await stager.PrepareAsync(orders, _events.Find, days, cancellationToken).ConfigureAwait(false);
        if (rows.Count > 0)
        {
            await clickHouse.InsertAsync(Staging, rows, cancellationToken).ConfigureAwait(false);
        }

        if (days.Count > 0)
        {
            await new DailyFactsRecomputer(clickHouse).RecomputeAsync(days, cancellationToken).ConfigureAwait(false);
        }

        foreach (var warning in stager.Notes.Warnings())
        {
            logger.LogWarning("pushed orders: {Warning:l}", warning);
        }
    }
}
