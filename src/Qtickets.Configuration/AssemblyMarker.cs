namespace Qtickets.Configuration;

/// <summary>Marker for the Qtickets.Configuration assembly.</summary>
public static class AssemblyMarker
{
}
