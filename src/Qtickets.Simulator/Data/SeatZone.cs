namespace Qtickets.Simulator.Data;

/// <summary>
/// One price zone of a hall. Seated zones have <see cref="Rows"/> x <see cref="Places"/> seats of one
/// place each; a general-admission zone is one seat record whose <c>max_quantity</c> is <see cref="Capacity"/>.
/// </summary>
internal sealed record SeatZone(
    string Code,
    string Name,
    bool Admission,
    int Rows,
    int Places,
    int Capacity,
    int Price,
    int ColorThemeId,
    int PriceId)
{
    /// <summary>Number of seat records the zone answers with.</summary>
    public int SeatRecords => Admission ? 1 : Rows * Places;

    /// <summary>Seat id as the API spells it: <c>ZONE-row;place</c>; admission zones use <c>ZONE-1;1</c>.</summary>
    public string SeatId(int row, int place) => $"{Code}-{row.ToString(System.Globalization.CultureInfo.InvariantCulture)};{place.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public string SeatName(int row, int place) => Admission
        ? Name
        : $"{Name}: Ряд {row.ToString(System.Globalization.CultureInfo.InvariantCulture)}, Место {place.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
