namespace Qtickets.Simulator;

/// <summary>Marker for the Qtickets.Simulator assembly.</summary>
public static class AssemblyMarker
{
}
