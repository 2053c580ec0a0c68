using Qtickets.Api.Models;
using Qtickets.Pipeline.Rows;
using Qtickets.Pipeline.Time;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// Turns an API order into its staging row (spec section 4). Pure: no I/O, no clock, so every rule the earlier
/// loader got wrong is a plain unit test here.
/// </summary>
public sealed class OrderTransformer(bool storePersonalData, DateTime loadedAt)
{
    private const string DefaultCurrency = "RUB";

    /// <summary>The staging row of a paid order, or null with a reason when the order cannot be placed on a day.</summary>
    public OrderTransformResult Transform(Order order, EventInfo? eventInfo)
    {
        var paidAt = order.PayedAt ?? (order.Payed ? order.UpdatedAt : null);
        if (paidAt is null)
        {
            return OrderTransformResult.Skip("unpaid order (no payed_at)");
        }

        var cancelled = order.DeletedAt is not null;
        var active = cancelled ? [] : order.Baskets.Where(IsActive).ToList();
        var refunded = order.Baskets.Where(IsRefunded).ToList();
        return OrderTransformResult.Row(new OrderRow
        {
            OrderId = Id(order.Id),
            EventId = order.EventId is { } eventId ? Id(eventId) : string.Empty,
            City = eventInfo?.City ?? string.Empty,
            UtmSource = order.Utm.Source ?? string.Empty,
            UtmMedium = order.Utm.Medium ?? string.Empty,
            UtmCampaign = order.Utm.Campaign ?? string.Empty,
            UtmContent = order.Utm.Content ?? string.Empty,
            UtmTerm = order.Utm.Term ?? string.Empty,
            SaleTs = MoscowTime.ToWallClock(paidAt.Value),
            TicketsSold = (uint)active.Sum(b => Math.Max(b.Quantity, 0)),
            Revenue = (double)active.Sum(b => b.Price ?? 0m),
            Currency = string.IsNullOrWhiteSpace(order.CurrencyId) ? DefaultCurrency : order.CurrencyId.Trim(),
            CreatedAt = MoscowTime.ToWallClock(order.CreatedAt ?? paidAt.Value),
            UpdatedAt = MoscowTime.ToWallClock(order.UpdatedAt ?? paidAt.Value),
            IsCancelled = cancelled,
            RefundedTickets = (uint)refunded.Sum(b => Math.Max(b.Quantity, 0)),
            RefundedAmount = (double)refunded.Sum(b => b.RefundedAmount ?? b.Price ?? 0m),
            BuyerHash = Fingerprints.BuyerHash(BuyerEmail(order)),
            BuyerEmail = storePersonalData ? BuyerEmail(order) ?? string.Empty : string.Empty,
            BuyerPhone = storePersonalData ? order.Client?.Details?.Phone ?? string.Empty : string.Empty,
            BuyerName = storePersonalData ? BuyerName(order) : string.Empty,
            LoadedAt = loadedAt,
            Ver = Version(order),
            DedupKey = Fingerprints.DedupKey(Id(order.Id)),
        });
    }

    private static bool IsActive(Basket basket) => basket.DeletedAt is null && !IsRefunded(basket);

    private static bool IsRefunded(Basket basket) => basket.RefundedAt is not null || basket.RefundedAmount > 0m;

    private static string? BuyerEmail(Order order) =>
        order.Client?.Email ?? order.Baskets.Select(b => b.ClientEmail).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));

    private static string BuyerName(Order order)
    {
        var details = order.Client?.Details;
        var parts = new[] { details?.Surname, details?.Name, details?.Middlename };
        return string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>The latest change anywhere in the order: a refund or cancellation always yields a higher version.</summary>
    private static ulong Version(Order order) => RowVersions.Latest(
        new[] { order.UpdatedAt, order.DeletedAt, order.PayedAt, order.CreatedAt }
            .Concat(order.Baskets.SelectMany(b => new[] { b.UpdatedAt, b.DeletedAt, b.RefundedAt })));

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
