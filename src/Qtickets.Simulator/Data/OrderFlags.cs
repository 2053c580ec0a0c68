namespace Qtickets.Simulator.Data;

[Flags]
internal enum OrderFlags : byte
{
    None = 0,
    Payed = 1,

    /// <summary>Some baskets were refunded after payment (generated history, not the DELETE verb).</summary>
    Refunded = 2,

    /// <summary>Paid, then cancelled: the order and all its baskets carry deleted_at.</summary>
    CancelledAfterPayment = 4,

    /// <summary>Never paid; the reservation expired and the order was deleted at reserved_to.</summary>
    Expired = 8,
}
