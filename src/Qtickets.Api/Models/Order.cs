namespace Qtickets.Api.Models;

/// <summary>
/// One order of <c>/orders</c> that is inside the data contract (see docs/data-contract.md): every amount a finite
/// non-negative number, every quantity a whole number in 1..10,000, every timestamp an ISO 8601 instant with an
/// offset between 2000-01-01 and the time of reading plus a day. A record outside it never becomes an
/// <see cref="Order"/>: it is rejected by id with the reason. A non-null <see cref="DeletedAt"/> is a cancelled order.
/// </summary>
public sealed record Order
{
    public required long Id { get; init; }

    public bool Payed { get; init; }

    public DateTimeOffset? PayedAt { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    public long? EventId { get; init; }

    /// <summary>The order's currency as sent (<c>currency_id</c>), upper case; null when the API left it out.</summary>
    public string? CurrencyId { get; init; }

    public OrderClient? Client { get; init; }

    /// <summary>Never null: an order without UTM (PHP <c>[]</c>) has <see cref="Utm.Empty"/>.</summary>
    public Utm Utm { get; init; } = Utm.Empty;

    /// <summary>How many entries the order-level <c>refunds</c> list holds (their shape is undocumented).</summary>
    public int RefundEntries { get; init; }

    public IReadOnlyList<Basket> Baskets { get; init; } = [];

    /// <summary>A sale: paid and not cancelled.</summary>
    public bool IsSale => Payed && DeletedAt is null;

    /// <summary>The latest timestamp anywhere in the order, or null when it carries none.</summary>
    public DateTimeOffset? LastChangedAt =>
        new[] { UpdatedAt, DeletedAt, PayedAt, CreatedAt }
            .Concat(Baskets.SelectMany(b => new[] { b.UpdatedAt, b.DeletedAt, b.RefundedAt, b.CreatedAt }))
            .Max();
}
