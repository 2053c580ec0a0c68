namespace Qtickets.Api.Models;

/// <summary>
/// One seat record of a show. A general-admission zone is one record whose <see cref="MaxQuantity"/> is its
/// capacity. Capacity rule: sum of <see cref="MaxQuantity"/> over seats not <see cref="Disabled"/>; tickets left:
/// sum of <see cref="FreeQuantity"/> over seats <see cref="Available"/>. A member the answer did not carry is
/// null: a seat without its counts makes its show's figures unknown, never 1 or 0.
/// </summary>
public sealed record Seat
{
    public string Id { get; init; } = string.Empty;

    public string? ZoneId { get; init; }

    public int? MaxQuantity { get; init; }

    public int? FreeQuantity { get; init; }

    public bool? Available { get; init; }

    public bool? Disabled { get; init; }
}
