namespace Qtickets.Simulator.Data;

/// <summary>What the DELETE verb changed on one basket. Times are Unix seconds; 0 means unchanged.</summary>
internal sealed record BasketChange(long DeletedAt, long RefundedAt, int RefundedAmount, int RefundedDeduction, long UpdatedAt);
