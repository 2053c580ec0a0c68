namespace Qtickets.Simulator.Data;

/// <summary>An event with its city, hall, zones and shows. Times are Unix seconds; 0 means null.</summary>
/// <remarks>
/// Popularity: Relative share of the orders placed while the event is on sale.<br/>
/// </remarks>
internal sealed record EventModel(
    int Index,
    int Id,
    string Name,
    City City,
    Venue Venue,
    bool IsActive,
    long CreatedAt,
    long UpdatedAt,
    long DeletedAt,
    string Age,
    int EventTypeId,
    string? ExternalId,
    double Popularity,
    IReadOnlyList<SeatZone> Zones,
    IReadOnlyList<int> ShowIndexes)
{
    public bool IsDeleted => DeletedAt != 0;
}
