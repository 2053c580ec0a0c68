namespace Qtickets.Api.Models;

/// <summary>An event with its city (an object in the API) and its shows.</summary>
public sealed record Event
{
    public required long Id { get; init; }

    public string? Name { get; init; }

    public bool? IsActive { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    public string? CurrencyId { get; init; }

    public City? City { get; init; }

    public string? ExternalId { get; init; }

    public IReadOnlyList<Show> Shows { get; init; } = [];
}
