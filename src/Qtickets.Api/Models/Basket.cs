namespace Qtickets.Api.Models;

/// <summary>
/// One ticket of an order. A non-null <see cref="DeletedAt"/> is a cancelled ticket; <see cref="RefundedAt"/> or a
/// positive <see cref="RefundedAmount"/> a refunded one. Baskets carry <see cref="ShowId"/>, not the event.
/// </summary>
public sealed record Basket
{
    public required long Id { get; init; }

    public long? ShowId { get; init; }

    /// <summary>A finite, non-negative amount (0 for a free ticket).</summary>
    public required decimal Price { get; init; }

    /// <summary>A whole number in 1..10,000; 1 when the API leaves it out (every observed basket was 1).</summary>
    public int Quantity { get; init; } = 1;

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    public DateTimeOffset? RefundedAt { get; init; }

    public decimal? RefundedAmount { get; init; }

    public string? ClientEmail { get; init; }

    public bool IsRefunded => RefundedAt is not null || RefundedAmount > 0m;

    /// <summary>Counts as sold: neither cancelled nor refunded.</summary>
    public bool IsActive => DeletedAt is null && !IsRefunded;
}
