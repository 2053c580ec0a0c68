namespace Qtickets.Simulator.Data;

/// <summary>Independent random streams: adding draws to one never shifts the values of another.</summary>
internal enum RandomStream : uint
{
    OrderIndex = 1,
    OrderDetails = 2,
    Event = 3,
    Client = 4,
    Seats = 5,
    Catalog = 6,
    Faults = 7,
    Guest = 8,
}
