namespace Qtickets.Simulator.Data;

/// <summary>A promo code of the <c>/promo-codes</c> catalogue. Times are Unix seconds; 0 means null.</summary>
internal sealed record PromoCodeModel(
    int Id,
    int DiscountId,
    string Code,
    bool IsActive,
    int UsesCount,
    int MaxUsesCount,
    long ActiveFrom,
    long ActiveTo,
    long CreatedAt,
    long UpdatedAt,
    long DeletedAt);
