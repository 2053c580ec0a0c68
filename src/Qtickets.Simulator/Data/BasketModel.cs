namespace Qtickets.Simulator.Data;

/// <summary>One ticket of an order, overlay applied. Money in whole roubles; times Unix seconds, 0 = null.</summary>
internal sealed record BasketModel(
    long Id,
    int Slot,
    string Barcode,
    SeatZone Zone,
    int Row,
    int Place,
    int OriginalPrice,
    int DiscountValue,
    int Price,
    Person Holder,
    long CreatedAt,
    long UpdatedAt,
    long DeletedAt,
    long RefundedAt,
    int RefundedAmount,
    int RefundedDeduction,
    long CheckedAt,
    string? ExternalId)
{
    public string SeatId => Zone.SeatId(Row, Place);

    public string SeatName => Zone.SeatName(Row, Place);

    /// <summary>Neither deleted nor refunded: the ticket still counts as sold.</summary>
    public bool IsActive => DeletedAt == 0 && RefundedAt == 0;
}
