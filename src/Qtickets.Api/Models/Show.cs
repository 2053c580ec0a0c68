namespace Qtickets.Api.Models;

/// <summary>One show (session) of an event.</summary>
public sealed record Show
{
    public required long Id { get; init; }

    public string? Name { get; init; }

    public bool? IsActive { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? FinishDate { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }
}
