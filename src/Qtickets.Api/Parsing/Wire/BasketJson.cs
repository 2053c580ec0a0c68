namespace Qtickets.Api.Parsing.Wire;

/// <summary>One basket (ticket) of an order as the API sends it.</summary>
internal sealed record BasketJson
{
    public ApiValue<decimal> Id { get; set; }

    public ApiValue<decimal> ShowId { get; set; }

    public ApiValue<decimal> Price { get; set; }

    public ApiValue<decimal> Quantity { get; set; }

    public ApiValue<DateTimeOffset> CreatedAt { get; set; }

    public ApiValue<DateTimeOffset> UpdatedAt { get; set; }

    public ApiValue<DateTimeOffset> DeletedAt { get; set; }

    public ApiValue<DateTimeOffset> RefundedAt { get; set; }

    public ApiValue<decimal> RefundedAmount { get; set; }

    public string? ClientEmail { get; set; }
}
