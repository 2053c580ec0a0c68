namespace Qtickets.Api.Models;

/// <summary>A buyer of <c>/clients</c> (personal data); <see cref="RawJson"/> keeps the record as received.</summary>
public sealed record Client
{
    public required long Id { get; init; }

    public string? Email { get; init; }

    public ClientDetails? Details { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public required string RawJson { get; init; }
}
