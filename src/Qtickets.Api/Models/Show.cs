namespace Qtickets.Api.Models;

/// <summary>One show (session) of an event.</summary>
public sealed record Show
{
    public long Id { get; init; }

    public bool? IsActive { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? FinishDate { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }
}
