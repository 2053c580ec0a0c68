using Qtickets.Pipeline.Rows;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Loading;

/// <summary>
/// Prepares observed orders for staging, a chunk at a time: looks up what staging holds of them, transforms each
/// (the later copy of an order within the chunk wins), and collects every sale day the chunk
/// touches, the days its orders leave included. The loader's run and the webhook listener both go through here, so
/// both follow the same data contract.
/// </summary>
public sealed class OrderStager(OrderTransformer transformer, StagedOrderLookup lookup, OrderNotes notes)
{
    public OrderNotes Notes => notes;

    /// <param name="orders">The chunk, in the order observed.</param>
    /// <param name="eventOf">The event of an order (already known or fetched by the caller), null when unknown.</param>
    /// <param name="days">Receives every Moscow sale day the chunk touches.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<IReadOnlyList<OrderRow>> PrepareAsync(
        IReadOnlyList<ObservedOrder> orders, Func<long?, EventInfo?> eventOf, ISet<DateOnly> days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(eventOf);
        ArgumentNullException.ThrowIfNull(days);
        var seenBefore = orders.Where(o => o.SeenBefore).Select(o => o.Order.Id).ToHashSet();
        var staged = await lookup.FindAsync(orders.Select(o => o.Order.Id), seenBefore, cancellationToken).ConfigureAwait(false);
        var rows = new List<OrderRow>(orders.Count);
        foreach (var observed in orders)
        {
            var previous = staged.GetValueOrDefault(observed.Order.Id);
            var result = transformer.Transform(observed, eventOf(observed.Order.EventId), previous);
            notes.Note(observed.Order, result);
            if (previous is not null)
            {
                days.UnionWith(previous.Days);
            }

            if (result.Value is { } row)
            {
                rows.Add(row);
                days.Add(DateOnly.FromDateTime(row.SaleTs));
            }
        }

        return rows;
    }
}
