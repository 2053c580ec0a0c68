namespace Qtickets.Api.Models;

/// <summary>A promo code of <c>/promo-codes</c>; <see cref="RawJson"/> keeps the record as received.</summary>
public sealed record PromoCode
{
    public required long Id { get; init; }

    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public decimal? Value { get; init; }

    public bool? IsActive { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    public required string RawJson { get; init; }
}
