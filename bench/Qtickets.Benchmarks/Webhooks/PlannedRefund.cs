namespace Qtickets.Benchmarks.Webhooks;

/// <summary>
/// One refund the benchmark makes through the API: one active basket (one ticket) of an order, and the key of the
/// daily facts the order counts on, with that key's tickets before. Invariant: no two refunds of a plan share a key,
/// so the key shows exactly <c>TicketsBefore - 1</c> once this refund, and no other, is in the facts.
/// </summary>
internal sealed record PlannedRefund(string OrderId, long BasketId, decimal Price, string Day, string EventId, string City, long TicketsBefore)
{
    public (string Day, string EventId, string City) Key => (Day, EventId, City);
}
