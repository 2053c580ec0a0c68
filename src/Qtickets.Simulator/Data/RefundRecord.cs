namespace Qtickets.Simulator.Data;

/// <summary>One refund of an order (an entry of its <c>refunds</c> array).</summary>
internal sealed record RefundRecord(long Id, int Amount, int DeductionAmount, long CreatedAt, IReadOnlyList<long> BasketIds);
