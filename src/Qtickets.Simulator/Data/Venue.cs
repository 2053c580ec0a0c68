namespace Qtickets.Simulator.Data;

/// <summary>A hall of a city; its kind decides the seat layout of every show played there.</summary>
internal sealed record Venue(int Id, string Name, string Address, string Description, VenueKind Kind);
