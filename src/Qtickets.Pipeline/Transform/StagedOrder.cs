namespace Qtickets.Pipeline.Transform;

/// <summary>
/// What staging already holds of an order: the sale time of its latest row (Moscow wall clock) and every sale day
/// any of its rows is on. Those days are recomputed when the order is written again, so a day an order leaves
/// loses it in the facts too.
/// </summary>
public sealed record StagedOrder(DateTime SaleTs, IReadOnlyList<DateOnly> Days);
