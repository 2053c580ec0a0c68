using System.Globalization;

namespace Qtickets.Pipeline.Running;

/// <summary>
/// How far a long stage other than orders is: <paramref name="Done"/> of <paramref name="Planned"/> units of work
/// (shows for inventory and barcodes, pages for a catalogue; <paramref name="Planned"/> null when the API has not said
/// how many), and the rows handed to its writer so far (null for a stage that counts no rows on the way).
/// </summary>
public sealed record StageProgress(string Stage, long Done, long? Planned, string Unit, long? Rows)
{
    /// <summary>The last report of a stage whose work is known: every unit is done.</summary>
    public bool IsFinal => Planned is { } planned && Done >= planned;

    /// <summary>e.g. <c>120/900 shows</c>, <c>30/900 shows, 12000 rows</c>, <c>12 pages, 6000 rows</c>.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Done}{(Planned is { } planned ? $"/{planned}" : string.Empty)} {Unit}{(Rows is { } rows ? $", {rows} rows" : string.Empty)}");
}
