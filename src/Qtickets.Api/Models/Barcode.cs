namespace Qtickets.Api.Models;

/// <summary>A ticket barcode of a show (<c>/shows/{id}/barcodes</c>).</summary>
public sealed record Barcode
{
    public required string Value { get; init; }

    public long ShowId { get; init; }

    public decimal? Price { get; init; }

    public long? OrderId { get; init; }

    public DateTimeOffset? CheckedAt { get; init; }

    public required string RawJson { get; init; }
}
