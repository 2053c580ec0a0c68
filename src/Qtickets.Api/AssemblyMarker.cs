namespace Qtickets.Api;

/// <summary>Marker for the Qtickets.Api assembly.</summary>
public static class AssemblyMarker
{
}
