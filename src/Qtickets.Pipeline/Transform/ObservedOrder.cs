using Qtickets.Api.Models;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// An order as the loader observed it: <see cref="ObservedAt"/> becomes its row version, so a later observation of
/// an order always replaces an earlier one and a timestamp from the future cannot freeze it.
/// <see cref="SeenBefore"/>: the same run already handed on an earlier copy of this order.
/// </summary>
public sealed record ObservedOrder(Order Order, DateTimeOffset ObservedAt, bool SeenBefore = false)
{
    /// <summary>
    /// An order pushed by a webhook: observed at its own latest timestamp, capped at the time it was received, so
    /// a replayed or late webhook never replaces what a later read or webhook stored.
    /// </summary>
    public static ObservedOrder FromWebhook(Order order, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(order);
        var changed = order.LastChangedAt ?? receivedAt;
        return new ObservedOrder(order, changed < receivedAt ? changed : receivedAt);
    }
}
