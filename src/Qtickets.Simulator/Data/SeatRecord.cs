namespace Qtickets.Simulator.Data;

/// <summary>One seat record of a show; an admission record stands for a whole zone of MaxQuantity places.</summary>
internal sealed record SeatRecord(
    SeatZone Zone,
    int Row,
    int Place,
    int MaxQuantity,
    int FreeQuantity,
    int OrderedQuantity,
    int PayedQuantity,
    bool Available,
    bool Disabled)
{
    public string Id => Zone.SeatId(Row, Place);

    public string Name => Zone.SeatName(Row, Place);
}
