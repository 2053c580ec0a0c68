namespace Qtickets.Simulator.Data;

/// <summary>Finds tickets without any stored table: barcodes and partner ids encode the basket id.</summary>
internal sealed class BasketLookup
{
    public const string PartnerOrderPrefix = "PTN-";
    public const string PartnerTicketPrefix = "PTN-T-";
    private readonly Dataset _data;
    private readonly OrderDetailsGenerator _generator;

    public BasketLookup(Dataset data, OrderDetailsGenerator generator)
    {
        _data = data;
        _generator = generator;
    }

    /// <summary>The basket a barcode names; when <paramref name="show"/> is given it must be that show's.</summary>
    public BasketModel? ByBarcode(string barcode, ShowModel? show) =>
        _data.Barcodes.TryDecode(barcode, out var basketId) ? ById(basketId, show) : null;

    public (OrderDetails Order, BasketModel Basket)? WithOrderByBarcode(string barcode) =>
        _data.Barcodes.TryDecode(barcode, out var basketId) ? WithOrder(basketId) : null;

    public (OrderDetails Order, BasketModel Basket)? WithOrder(long basketId)
    {
        var (orderId, slot) = OrderDetails.SplitBasketId(basketId);
        if (Order(orderId) is not { } order || slot >= order.Baskets.Count)
        {
            return null;
        }

        return (order, order.Baskets[slot]);
    }

    public OrderDetails? Order(long orderId)
    {
        var position = _data.Orders.IndexOf(orderId);
        return position < 0 ? null : _generator.Generate(position);
    }

    private BasketModel? ById(long basketId, ShowModel? show)
    {
        var found = WithOrder(basketId);
        return found is { } f && (show is null || f.Order.Show.Index == show.Index) ? f.Basket : null;
    }
}
