namespace Qtickets.Api.Models;

/// <summary>A promo code of <c>/promo-codes</c>; <see cref="RawJson"/> keeps the record as received.</summary>
public sealed record PromoCode
{
    public long Id { get; init; }

    public string? Code { get; init; }

    public string? Type { get; init; }

    public decimal? Value { get; init; }

    public string RawJson { get; init; } = string.Empty;
}
