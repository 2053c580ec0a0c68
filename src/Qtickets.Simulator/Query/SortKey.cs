namespace Qtickets.Simulator.Query;

internal sealed record SortKey(string Column, bool Descending);
