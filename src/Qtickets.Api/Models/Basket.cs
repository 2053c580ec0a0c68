namespace Qtickets.Api.Models;

/// <summary>
/// One ticket of an order. A non-null <see cref="DeletedAt"/> is a cancelled ticket; <see cref="RefundedAt"/> or a
/// positive <see cref="RefundedAmount"/> a refunded one. Baskets carry <see cref="ShowId"/>, not the event.
/// </summary>
public sealed record Basket
{
    public required long Id { get; init; }

    public string? Barcode { get; init; }

    public long? ShowId { get; init; }

    /// <summary>Seat key such as <c>ZONE-1;12</c>.</summary>
    public string? SeatId { get; init; }

    public string? SeatName { get; init; }

    public decimal? Price { get; init; }

    public decimal? OriginalPrice { get; init; }

    public decimal? TicketAmount { get; init; }

    public decimal? ServiceFeeAmount { get; init; }

    public decimal? DiscountValue { get; init; }

    /// <summary>1 when the API leaves it out (every observed basket was 1).</summary>
    public int Quantity { get; init; } = 1;

    public string? MultipriceCode { get; init; }

    public DateTimeOffset? CheckedAt { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    public DateTimeOffset? RefundedAt { get; init; }

    public decimal? RefundedAmount { get; init; }

    public string? ClientEmail { get; init; }

    public string? ClientName { get; init; }

    public string? ClientSurname { get; init; }

    public string? ClientPhone { get; init; }
}
