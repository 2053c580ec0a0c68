namespace Qtickets.ClickHouse;

/// <summary>Marker for the Qtickets.ClickHouse assembly.</summary>
public static class AssemblyMarker
{
}
