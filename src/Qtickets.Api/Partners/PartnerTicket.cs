namespace Qtickets.Api.Partners;

/// <summary>One ticket found by <c>tickets/find</c>; the members vary, <see cref="RawJson"/> keeps the record as received.</summary>
public sealed record PartnerTicket
{
    public string? Id { get; init; }

    public string? Barcode { get; init; }

    public string? ExternalId { get; init; }

    public string? ExternalOrderId { get; init; }

    public long? EventId { get; init; }

    public long? ShowId { get; init; }

    public decimal? Price { get; init; }

    public string? Status { get; init; }

    public string RawJson { get; init; } = string.Empty;
}
