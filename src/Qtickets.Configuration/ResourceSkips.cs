namespace Qtickets.Configuration;

/// <summary>The optional datasets an operator switched off with <c>QTICKETS_SKIP_*</c>.</summary>
public sealed record ResourceSkips(
    bool Clients,
    bool PriceShades,
    bool Discounts,
    bool PromoCodes,
    bool Barcodes,
    bool PartnerTickets,
    bool Inventory)
{
    public static ResourceSkips None { get; } = new(false, false, false, false, false, false, false);
}
