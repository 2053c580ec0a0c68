namespace Qtickets.TestUtilities;

/// <summary>Marker for the shared test utilities.</summary>
public static class AssemblyMarker
{
}
