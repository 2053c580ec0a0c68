using Qtickets.Api.Models;
using Qtickets.Pipeline.Rows;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// Turns an observed order into its staging row by the data contract (docs/data-contract.md). Pure: no I/O, no clock,
/// so every rule the earlier loader got wrong is a plain unit test here.
/// <list type="bullet">
/// <item>A sale (paid, not cancelled) counts its baskets that are neither cancelled nor refunded, on the day of
/// <c>payed_at</c> (without one: the day staging already has, else <c>updated_at</c>).</item>
/// <item>An order that is not (or no longer) a sale is written as a row of zeroes on the day staging has, so it
/// replaces its earlier row; one never stored is not written.</item>
/// <item>The row version is when the order was observed.</item>
/// </list>
/// </summary>
public sealed class OrderTransformer(bool storePersonalData, DateTime loadedAt)
{
    public const string DefaultCurrency = SaleCurrency.Roubles;

    public OrderTransformResult Transform(ObservedOrder observed, EventInfo? eventInfo, StagedOrder? staged)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var order = observed.Order;
        if (order.IsSale)
        {
            var saleTs = order.PayedAt is { } payedAt ? MoscowTime.ToWallClock(payedAt)
                : staged?.SaleTs ?? Wall(order.UpdatedAt ?? order.CreatedAt);
            return saleTs is { } day
                ? Build(observed, eventInfo, day, [.. order.Baskets.Where(b => b.IsActive)])
                : OrderTransformResult.Skip("paid order without payed_at, updated_at or created_at");
        }

        if (staged is null && !observed.SeenBefore)
        {
            return OrderTransformResult.Skip(order.Payed ? "cancelled, never stored as a sale" : "not paid");
        }

        var zeroDay = staged?.SaleTs ?? Wall(order.PayedAt ?? order.UpdatedAt ?? order.CreatedAt) ?? MoscowTime.ToWallClock(observed.ObservedAt);
        return Build(observed, eventInfo, zeroDay, []);
    }

    private OrderTransformResult Build(ObservedOrder observed, EventInfo? eventInfo, DateTime saleTs, IReadOnlyList<Basket> counted)
    {
        var order = observed.Order;
        var refunded = order.Baskets.Where(b => b.IsRefunded).ToList();
        var cut = false;
        var id = Id(order.Id);
        var row = new OrderRow
        {
            OrderId = id,
            EventId = order.EventId is { } eventId ? Id(eventId) : string.Empty,
            City = eventInfo?.City ?? string.Empty,
            UtmSource = TextLimits.Cap(order.Utm.Source, TextLimits.Utm, ref cut),
            UtmMedium = TextLimits.Cap(order.Utm.Medium, TextLimits.Utm, ref cut),
            UtmCampaign = TextLimits.Cap(order.Utm.Campaign, TextLimits.Utm, ref cut),
            UtmContent = TextLimits.Cap(order.Utm.Content, TextLimits.Utm, ref cut),
            UtmTerm = TextLimits.Cap(order.Utm.Term, TextLimits.Utm, ref cut),
            SaleTs = saleTs,
            TicketsSold = (uint)counted.Sum(b => b.Quantity),
            Revenue = (double)counted.Sum(b => b.Price),
            Currency = TextLimits.Cap(SaleCurrency.Of(order), TextLimits.Utm, ref cut),
            CreatedAt = Wall(order.CreatedAt) ?? saleTs,
            UpdatedAt = Wall(order.UpdatedAt) ?? saleTs,
            IsCancelled = order.DeletedAt is not null,
            RefundedTickets = (uint)refunded.Sum(b => b.Quantity),
            RefundedAmount = (double)refunded.Sum(b => b.RefundedAmount ?? b.Price),
            BuyerHash = Fingerprints.BuyerHash(BuyerEmail(order)),
            BuyerEmail = storePersonalData ? TextLimits.Cap(BuyerEmail(order), TextLimits.Text, ref cut) : string.Empty,
            BuyerPhone = storePersonalData ? TextLimits.Cap(order.Client?.Details?.Phone, TextLimits.Text, ref cut) : string.Empty,
            BuyerName = storePersonalData ? TextLimits.Cap(BuyerName(order), TextLimits.Text, ref cut) : string.Empty,
            LoadedAt = loadedAt,
            Ver = RowVersions.Of(observed.ObservedAt),
            DedupKey = Fingerprints.DedupKey(id),
        };
        return OrderTransformResult.Row(row, cut);
    }

    private static DateTime? Wall(DateTimeOffset? instant) => instant is { } value ? MoscowTime.ToWallClock(value) : null;

    private static string? BuyerEmail(Order order) =>
        order.Client?.Email ?? order.Baskets.Select(b => b.ClientEmail).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));

    private static string BuyerName(Order order)
    {
        var details = order.Client?.Details;
        var parts = new[] { details?.Surname, details?.Name, details?.Middlename };
        return string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
