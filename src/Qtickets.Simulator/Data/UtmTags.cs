namespace Qtickets.Simulator.Data;

/// <summary>UTM tags of an order; absent members are left out of the object.</summary>
internal sealed record UtmTags(string? Source, string? Medium, string? Campaign, string? Content, string? Term);
