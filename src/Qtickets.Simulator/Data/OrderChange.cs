using System.Collections.Immutable;

namespace Qtickets.Simulator.Data;

/// <summary>
/// The overlay of one mutated order: basket changes by basket slot, refunds added through the API,
/// and the generated updated_at from before the first mutation (generated refunds are dated with it).
/// </summary>
internal sealed record OrderChange(
    long GeneratedUpdatedAt,
    ImmutableDictionary<int, BasketChange> Baskets,
    ImmutableList<RefundRecord> Refunds);
