namespace Qtickets.Simulator.Data;

/// <summary>A discount of the <c>/discounts</c> catalogue. Times are Unix seconds; 0 means null.</summary>
internal sealed record DiscountModel(int Id, string Name, int Percent, bool IsActive, long CreatedAt, long UpdatedAt, long DeletedAt);
