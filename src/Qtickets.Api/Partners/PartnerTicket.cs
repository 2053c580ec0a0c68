namespace Qtickets.Api.Partners;

/// <summary>One ticket found by <c>tickets/find</c>; the members vary, <see cref="RawJson"/> keeps the record as received.</summary>
public sealed record PartnerTicket
{
    public string? Id { get; init; }

    public long? OrderId { get; init; }

    public string? Barcode { get; init; }

    public string? ExternalId { get; init; }

    public string? ExternalOrderId { get; init; }

    public long? EventId { get; init; }

    public long? ShowId { get; init; }

    public string? SeatId { get; init; }

    public string? SeatName { get; init; }

    public decimal? Price { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public required string RawJson { get; init; }
}
