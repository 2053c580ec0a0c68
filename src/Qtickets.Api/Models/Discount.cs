namespace Qtickets.Api.Models;

/// <summary>A discount of <c>/discounts</c>; the members beyond id vary by tenant, <see cref="RawJson"/> keeps them all.</summary>
public sealed record Discount
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public string? Type { get; init; }

    public decimal? Value { get; init; }

    public string RawJson { get; init; } = string.Empty;
}
