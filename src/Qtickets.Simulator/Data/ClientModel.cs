namespace Qtickets.Simulator.Data;

/// <summary>A buyer as <c>/clients</c> and an order's <c>client</c> show it.</summary>
internal sealed record ClientModel(int Id, int DetailsId, Person Person);
