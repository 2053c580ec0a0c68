namespace Qtickets.Api.Models;

/// <summary>
/// One order of <c>/orders</c>, parsed tolerantly: a value of the wrong type or a PHP <c>[]</c> reads as null (or
/// empty), unknown members are ignored. A non-null <see cref="DeletedAt"/> means the order was cancelled.
/// </summary>
public sealed record Order
{
    public required long Id { get; init; }

    public string? Uniqid { get; init; }

    public bool Payed { get; init; }

    public DateTimeOffset? PayedAt { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    public long? ClientId { get; init; }

    public OrderClient? Client { get; init; }

    public long? EventId { get; init; }

    public decimal? Price { get; init; }

    public decimal? OriginalPrice { get; init; }

    public string? CurrencyId { get; init; }

    public long? DiscountId { get; init; }

    public long? PromoCodeId { get; init; }

    public string? PaymentTypeId { get; init; }

    public bool? Reserved { get; init; }

    public DateTimeOffset? ReservedTo { get; init; }

    public OrderSite? Site { get; init; }

    /// <summary>Never null: an order without UTM (PHP <c>[]</c>) has <see cref="Utm.Empty"/>.</summary>
    public Utm Utm { get; init; } = Utm.Empty;

    public IReadOnlyList<Refund> Refunds { get; init; } = [];

    public IReadOnlyList<Basket> Baskets { get; init; } = [];
}
