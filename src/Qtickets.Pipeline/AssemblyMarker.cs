namespace Qtickets.Pipeline;

/// <summary>Marker for the Qtickets.Pipeline assembly.</summary>
public static class AssemblyMarker
{
}
