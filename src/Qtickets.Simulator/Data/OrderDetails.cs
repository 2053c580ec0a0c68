namespace Qtickets.Simulator.Data;

/// <summary>A whole order, regenerated from (seed, id) with the overlay applied. Times Unix seconds, 0 = null.</summary>
/// <remarks>
/// MoneyAsStrings: Money members of this order are sent as strings like <c>"1500.00"</c>.<br/>
/// </remarks>
internal sealed record OrderDetails(
    int Position,
    int Id,
    string Uniqid,
    bool Payed,
    long PayedAt,
    long CreatedAt,
    long UpdatedAt,
    long DeletedAt,
    ClientModel Client,
    int SiteId,
    string SiteHost,
    string PaymentTypeId,
    int? DiscountId,
    int? PromoCodeId,
    bool Reserved,
    long ReservedTo,
    EventModel Event,
    ShowModel Show,
    bool MoneyAsStrings,
    UtmTags? Utm,
    string Custom,
    string? ExternalOrderId,
    IReadOnlyList<BasketModel> Baskets,
    IReadOnlyList<RefundRecord> Refunds)
{
    public int Price => Baskets.Sum(b => b.Price);

    public int OriginalPrice => Baskets.Sum(b => b.OriginalPrice);

    public static long BasketId(int orderId, int slot) => ((long)orderId * 8) + slot;

    public static (int OrderId, int Slot) SplitBasketId(long basketId) => ((int)(basketId / 8), (int)(basketId % 8));
}
