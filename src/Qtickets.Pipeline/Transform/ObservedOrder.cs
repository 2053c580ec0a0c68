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
    /// An order pushed by a webhook: observed at the end of the second of its own latest timestamp, capped at the time
    /// it was received, so a replayed or late webhook never replaces what a later read or webhook stored.
    /// </summary>
    /// <remarks>
    /// The end of the second, because QTickets stamps whole seconds while a run's version is the moment it read the
    /// page: a change made in the same second after a run read the order must still win over that run's row (with
    /// the stamp's own second it lost, and staging kept the older state until the next run). A run that read the
    /// order in that second after the change stored the same state, so either row is right.
    /// </remarks>
    public static ObservedOrder FromWebhook(Order order, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(order);
        var changed = order.LastChangedAt is { } stamp ? EndOfSecond(stamp) : receivedAt;
        return new ObservedOrder(order, changed < receivedAt ? changed : receivedAt);
    }

    private static DateTimeOffset EndOfSecond(DateTimeOffset stamp) =>
        stamp.AddTicks(TimeSpan.TicksPerSecond - 1 - (stamp.UtcTicks % TimeSpan.TicksPerSecond));
}
